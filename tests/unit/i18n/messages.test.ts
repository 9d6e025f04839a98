import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMessages, MESSAGE_NAMESPACES } from '../../../i18n/messages';

/*
 * The pages' messages are imported file by file (i18n/messages.ts) so that the build can
 * compile them; a namespace missing from the list would show people raw keys such as
 * "Play.sent" on every page that uses it.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const files = (locale: string) =>
  fs
    .readdirSync(path.join(root, 'locales', locale))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.basename(f, '.json'))
    .sort();

describe('the messages the pages load', () => {
  it.each(['en', 'pt'])('name every file of locales/%s', (locale) => {
    expect([...MESSAGE_NAMESPACES].sort()).toEqual(files(locale));
  });

  it.each(['en', 'pt'])('are the files of locales/%s, namespace by namespace', async (locale) => {
    const messages = await loadMessages(locale);
    for (const namespace of files(locale)) {
      const file = JSON.parse(fs.readFileSync(path.join(root, 'locales', locale, `${namespace}.json`), 'utf8')) as unknown;
      expect(messages[namespace], `${locale}/${namespace}`).toEqual(file);
    }
  });
});
