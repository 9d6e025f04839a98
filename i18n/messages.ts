/**
 * A locale's messages: one JSON file per namespace in locales/<locale>/, named after the
 * component area it serves (Header.json -> `Header.*`).
 *
 * The files are imported, not read, so that next-intl's catalog loader compiles every
 * message at build time (`experimental.messages.precompile` in next.config.js): pages then
 * format with next-intl's small runtime and no ICU parser reaches the browser. The imports
 * are `import()` with the locale and the namespace in the path, which the bundler turns
 * into one chunk per file; the list below must name every file (a unit test holds it to
 * the directory).
 */
export const MESSAGE_NAMESPACES = [
  'Answer',
  'Board',
  'CohortFacilitator',
  'CohortMember',
  'CohortReport',
  'Diagrams',
  'ErrorPage',
  'Errors',
  'Header',
  'Home',
  'HostConsole',
  'HostSetup',
  'Join',
  'Learn',
  'Meta',
  'NotFound',
  'Play',
  'Quiz',
  'Report',
] as const;

const cache = new Map<string, Promise<Record<string, unknown>>>();

export function loadMessages(locale: string): Promise<Record<string, unknown>> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = Promise.all(
      MESSAGE_NAMESPACES.map(async (namespace) => [namespace, ((await import(`../locales/${locale}/${namespace}.json`)) as { default: unknown }).default] as const),
    ).then((entries) => Object.fromEntries(entries));
    // A failed load is not kept: the next request tries again.
    messages.catch(() => cache.delete(locale));
    cache.set(locale, messages);
  }
  return messages;
}
