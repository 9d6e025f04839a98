/** Longest nickname, in characters after normalisation. */
export const NICKNAME_MAX = 24;
/** Combining marks allowed after one base character ("glitch text" freezes renderers). */
const MAX_MARKS_PER_CHAR = 2;

/**
 * Normalises a nickname the way it is stored and compared: NFKC, control and format
 * characters removed, runs of combining marks capped, whitespace collapsed, trimmed.
 * Returns null when nothing printable is left or it is too long.
 */
export function normalizeNickname(raw: string): string | null {
  let out = '';
  let marks = 0;
  // Whitespace (tabs, newlines) becomes one space before invisible characters go; the
  // zero-width joiner stays so that combined emoji keep their shape.
  for (const ch of raw.normalize('NFKC').replace(/\s+/gu, ' ').replace(/(?!\u200d)[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, '').trim()) {
    if (/\p{M}/u.test(ch)) {
      if (++marks > MAX_MARKS_PER_CHAR) continue;
    } else {
      marks = 0;
    }
    out += ch;
  }
  if (!out || !/[\p{L}\p{N}\p{S}]/u.test(out)) return null;
  return [...out].length <= NICKNAME_MAX ? out : null;
}

/** The form two nicknames are compared in, so "Ana" and "ana" cannot both join. */
export function nicknameKey(nickname: string): string {
  return nickname.toLocaleLowerCase('en').normalize('NFKD').replace(/\p{M}/gu, '');
}
