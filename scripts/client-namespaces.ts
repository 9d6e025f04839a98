import fs from 'node:fs';
import path from 'node:path';

/*
 * Which message namespaces a page's client components use, read from the source: the page's
 * imports are followed (static and `import()`), a file starting with 'use client' and
 * everything it imports is client code, and each `useTranslations('Namespace')` there
 * names a namespace the browser needs. Server components read the whole catalogue on the
 * server and need nothing sent.
 *
 * Each page sends only those namespaces (components/i18n/ClientMessages.tsx);
 * tests/unit/i18n/page-messages.test.ts checks every page's list against this, so a
 * component that starts using a namespace cannot leave its page without the words.
 *
 *   node --import tsx scripts/client-namespaces.ts   prints every page's list
 */

const root = path.resolve(import.meta.dirname, '..');
const EXTENSIONS = ['.tsx', '.ts', '/index.tsx', '/index.ts'];
const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;
// 'Join.symbol' is part of 'Join': namespaces are whole top-level files of locales/<locale>/.
const NAMESPACE = /useTranslations\(\s*'([A-Za-z]+)(?:\.[^']*)?'\s*\)/g;
const USE_CLIENT = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*['"]use client['"]/;

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  if (/\.(tsx?|mjs|js)$/.test(base) && fs.existsSync(base)) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null; // JSON, CSS: no components
}

/** The namespaces the client components reachable from `entries` (project-relative files) use. */
export function clientNamespaces(...entries: string[]): string[] {
  const visited = new Set<string>();
  const found = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const source = fs.readFileSync(file, 'utf8');
    const client = inClient || USE_CLIENT.test(source);
    const key = `${client ? 'client' : 'server'}:${file}`;
    if (visited.has(key)) return;
    visited.add(key);
    if (client) for (const m of source.matchAll(NAMESPACE)) found.add(m[1]!);
    for (const m of source.matchAll(IMPORT)) {
      const target = resolveImport(file, (m[1] ?? m[2])!);
      if (target) visit(target, client);
    }
  };
  for (const entry of entries) visit(path.join(root, entry), false);
  return [...found].sort();
}

/** Every page of the app (project-relative), and what renders around it in the locale layout. */
export function appPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name === 'page.tsx') pages.push(rel);
    }
  };
  walk('app/[locale]');
  return pages.sort();
}

/** What the locale layout's own provider must hold: its client parts and the boundaries it wraps pages in. */
export const LAYOUT_ENTRIES = ['app/[locale]/layout.tsx', 'app/[locale]/error.tsx', 'app/[locale]/not-found.tsx'];

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  console.log(`layout: ${JSON.stringify(clientNamespaces(...LAYOUT_ENTRIES))}`);
  for (const page of appPages()) console.log(`${page}: ${JSON.stringify(clientNamespaces(page))}`);
}
