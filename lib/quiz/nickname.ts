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

/** Word lists for friendly names, in one language (locales/<locale>/Join.json). */
export interface FriendlyNameWords {
  adjectives: readonly string[];
  animals: readonly string[];
  /** Puts the two words in the language's order ("Happy Otter", "Lontra Feliz"). */
  compose: (adjective: string, animal: string) => string;
}

/**
 * A friendly name such as "Happy Otter": random words until one passes `accept` (a valid
 * nickname that is not blocked), so a name the server would refuse is never offered.
 * `randomInt(n)` returns an integer in 0..n-1. Null when the lists hold no acceptable name.
 */
export function friendlyName(words: FriendlyNameWords, randomInt: (max: number) => number, accept: (name: string) => boolean): string | null {
  const { adjectives, animals, compose } = words;
  if (adjectives.length === 0 || animals.length === 0) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = compose(adjectives[randomInt(adjectives.length)]!, animals[randomInt(animals.length)]!);
    if (accept(name)) return name;
  }
  // Unlucky draws: the first acceptable name in order.
  for (const adjective of adjectives) for (const animal of animals) if (accept(compose(adjective, animal))) return compose(adjective, animal);
  return null;
}
