import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPages, clientNamespaces, LAYOUT_ENTRIES } from '../../../scripts/client-namespaces';

/*
 * Every page sends the browser only the message namespaces its client components use
 * (components/i18n/ClientMessages.tsx). A list that misses one shows a student a raw key
 * such as "Play.sent" instead of words; one with extras makes every phone download them.
 */

const root = path.resolve(import.meta.dirname, '../../..');

/** The namespaces a file hands to <ClientMessages>, as written in its source. */
function declared(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8');
  const lists = [...source.matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}>/g)];
  expect(lists.length, `${file}: one <ClientMessages> at most`).toBeLessThanOrEqual(1);
  const list = lists[0]?.[1] ?? '';
  return [...list.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]!).sort();
}

const NAMESPACES = fs.readdirSync(path.join(root, 'locales/en')).map((f) => path.basename(f, '.json'));

describe('the messages each page sends', () => {
  it.each(appPages())('%s sends exactly what its client components use', (page) => {
    const needed = clientNamespaces(page);
    expect(declared(page), `write <ClientMessages namespaces={${JSON.stringify(needed)}}> in ${page}`).toEqual(needed);
    for (const namespace of needed) expect(NAMESPACES).toContain(namespace);
  });

  it("the locale layout sends what its header and its error boundaries use", () => {
    expect(declared('app/[locale]/layout.tsx')).toEqual(clientNamespaces(...LAYOUT_ENTRIES));
  });

  it('finds the namespaces of client components however deep they are imported', () => {
    // The play page: PlayerGame ('Play') -> AnswerInput -> a next/dynamic import of the
    // hotspot input -> its diagram's words ('Diagrams'); ErrorNotice ('Errors').
    expect(clientNamespaces('app/[locale]/play/[code]/page.tsx')).toEqual(expect.arrayContaining(['Answer', 'Diagrams', 'Errors', 'Play', 'Quiz']));
    // A page made of server components only needs none.
    expect(clientNamespaces('app/[locale]/learn/[topic]/page.tsx')).toEqual([]);
  });
});
