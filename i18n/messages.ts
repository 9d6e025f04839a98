import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A locale's messages: one JSON file per namespace in locales/<locale>/, named after the
 * component area it serves (Header.json -> `Header.*`). Files are small; read once each.
 */
const cache = new Map<string, Record<string, unknown>>();

export function loadMessages(locale: string): Record<string, unknown> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dir = path.join(process.cwd(), 'locales', locale);
  const messages: Record<string, unknown> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    messages[path.basename(file, '.json')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  }
  cache.set(locale, messages);
  return messages;
}
