import { nicknameKey } from './nickname';

/**
 * Words no nickname may contain. Deliberately short and mild: the host extends it for a
 * session (the `blockWords` command), since what a class finds offensive varies. Stored in
 * the folded form of `blockedWordKey`.
 */
export const BUILT_IN_BLOCKED_WORDS: readonly string[] = [
  // English
  'idiot',
  'moron',
  'stupid',
  'dumbass',
  'shit',
  'fuck',
  // Portuguese
  'idiota',
  'imbecil',
  'otario',
  'babaca',
  'merda',
  'porra',
];

/** Shortest word a host may block: one letter would block nearly every name. */
export const BLOCKED_WORD_MIN = 2;
/** Words a host may add to one session. */
export const BLOCKED_WORDS_MAX = 100;

/**
 * The form nicknames and blocked words are compared in: the nickname key (case and accents
 * folded) without spaces, punctuation or symbols, so "I.D.I.O.T" and "Idi ot" are caught.
 */
export function blockedWordKey(text: string): string {
  return nicknameKey(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The first blocked word (folded) the nickname contains, or null. */
export function blockedWordIn(nickname: string, words: readonly string[]): string | null {
  const key = blockedWordKey(nickname);
  return words.find((word) => word.length > 0 && key.includes(word)) ?? null;
}

/** Whether a nickname contains a word of the built-in list or of the host's list. */
export function isBlockedNickname(nickname: string, hostWords: readonly string[] = []): boolean {
  return blockedWordIn(nickname, BUILT_IN_BLOCKED_WORDS) !== null || blockedWordIn(nickname, hostWords) !== null;
}
