import { isRegionOf } from '../diagram/ids';
import { SORT_BINS, type Answer, type MisconceptionId, type Question } from './types';

/**
 * Checking answers: pure, shared by the live server and the self-paced API. Rules per type
 * (documented in docs/scoring.md):
 * - single, true/false, short, hotspot: right or wrong.
 * - multiple: share = max(0, right options picked - wrong options picked) / right options.
 * - ordering: share = items in their place / items.
 * - matching, sorting, labelling: share = pairs / items / slots right / their number.
 * - poll: not graded.
 * `correct` is true only for a full share.
 */
export interface Grade {
  /** 0..1; 1 is fully right. */
  share: number;
  correct: boolean;
}

/** How right an answer is; null for a poll, which has no right answer. */
export function grade(question: Question, answer: Answer): Grade | null {
  if (question.type === 'poll') return null;
  const share = answer.type === question.type ? shareOf(question, answer) : 0;
  return { share, correct: share === 1 };
}

/** Whether an answer is fully right (false for a poll). */
export function isCorrect(question: Question, answer: Answer): boolean {
  return grade(question, answer)?.correct === true;
}

function shareOf(question: Question, answer: Answer): number {
  switch (question.type) {
    case 'single':
      return answer.type === 'single' && answer.optionId === question.correctOptionId ? 1 : 0;
    case 'truefalse':
      return answer.type === 'truefalse' && answer.value === question.correct ? 1 : 0;
    case 'short': {
      if (answer.type !== 'short') return 0;
      const given = normalizeTyped(answer.text);
      return given !== '' && question.accepted.some((a) => normalizeTyped(a) === given) ? 1 : 0;
    }
    case 'multiple': {
      if (answer.type !== 'multiple') return 0;
      const right = new Set(question.correctOptionIds);
      const hits = answer.optionIds.filter((id) => right.has(id)).length;
      const misses = answer.optionIds.length - hits;
      return Math.max(0, hits - misses) / right.size;
    }
    case 'ordering':
      if (answer.type !== 'ordering' || answer.optionIds.length !== question.options.length) return 0;
      return question.options.filter((o, i) => answer.optionIds[i] === o.id).length / question.options.length;
    case 'matching':
      if (answer.type !== 'matching') return 0;
      return question.pairs.filter((p) => answer.pairs[p.left.id] === p.right.id).length / question.pairs.length;
    case 'sorting':
      if (answer.type !== 'sorting') return 0;
      return question.items.filter((item) => answer.bins[item.id] === item.bin).length / question.items.length;
    case 'hotspot':
      return answer.type === 'hotspot' && (question.correctRegionIds as string[]).includes(answer.regionId) ? 1 : 0;
    case 'labelling':
      if (answer.type !== 'labelling') return 0;
      return question.slots.filter((s) => answer.placements[s.regionId] === s.labelId).length / question.slots.length;
    case 'poll':
      return 0;
  }
}

/**
 * Whether an answer has the shape the question asks for: same type, known ids, no
 * duplicates, every item placed. A malformed answer is refused, never scored as wrong.
 */
export function isWellFormed(question: Question, answer: Answer): boolean {
  if (answer.type !== question.type) return false;
  switch (answer.type) {
    case 'truefalse':
      return true;
    case 'short':
      return normalizeTyped(answer.text) !== '';
    case 'single':
    case 'poll':
      return 'options' in question && question.options.some((o) => o.id === answer.optionId);
    case 'multiple': {
      if (question.type !== 'multiple') return false;
      return answer.optionIds.length > 0 && isSubsetWithoutRepeats(answer.optionIds, question.options.map((o) => o.id));
    }
    case 'ordering': {
      if (question.type !== 'ordering') return false;
      return answer.optionIds.length === question.options.length && isSubsetWithoutRepeats(answer.optionIds, question.options.map((o) => o.id));
    }
    case 'matching': {
      if (question.type !== 'matching') return false;
      const lefts = question.pairs.map((p) => p.left.id);
      const rights = question.pairs.map((p) => p.right.id);
      return sameKeys(answer.pairs, lefts) && isSubsetWithoutRepeats(Object.values(answer.pairs), rights);
    }
    case 'sorting': {
      if (question.type !== 'sorting') return false;
      return sameKeys(answer.bins, question.items.map((i) => i.id)) && Object.values(answer.bins).every((b) => (SORT_BINS as readonly string[]).includes(b));
    }
    case 'hotspot':
      return question.type === 'hotspot' && isRegionOf(question.diagramId, answer.regionId) && inUnit(answer.x) && inUnit(answer.y);
    case 'labelling': {
      if (question.type !== 'labelling') return false;
      const labels = question.labels.map((l) => l.id);
      return sameKeys(answer.placements, question.slots.map((s) => s.regionId)) && isSubsetWithoutRepeats(Object.values(answer.placements), labels);
    }
  }
}

/**
 * Keys that name an answer's choices, to count the answer distribution: option ids,
 * 'true'/'false', the item placed first (ordering), region ids (hotspot), and
 * `left>right`, `item>bin`, `region>label` for the types made of several placements.
 */
export function distributionKeys(answer: Answer): string[] {
  switch (answer.type) {
    case 'single':
    case 'poll':
      return [answer.optionId];
    case 'multiple':
      return answer.optionIds;
    case 'truefalse':
      return [answer.value ? 'true' : 'false'];
    case 'short':
      return [normalizeTyped(answer.text)];
    case 'ordering':
      return answer.optionIds.slice(0, 1);
    case 'matching':
      return Object.entries(answer.pairs).map(([l, r]) => `${l}>${r}`);
    case 'sorting':
      return Object.entries(answer.bins).map(([i, b]) => `${i}>${b}`);
    case 'hotspot':
      return [answer.regionId];
    case 'labelling':
      return Object.entries(answer.placements).map(([r, l]) => `${r}>${l}`);
  }
}

/**
 * The misconceptions a wrong answer reveals, most specific first: the wrong options,
 * items or regions chosen, else the question's own. Empty for a right answer or a poll.
 */
export function diagnose(question: Question, answer: Answer): MisconceptionId[] {
  const result = grade(question, answer);
  if (!result || result.correct) return [];
  const found: (MisconceptionId | undefined)[] = [];
  switch (question.type) {
    case 'single':
      if (answer.type === 'single') found.push(question.options.find((o) => o.id === answer.optionId)?.misconception);
      break;
    case 'multiple':
      if (answer.type === 'multiple') {
        for (const id of answer.optionIds) if (!question.correctOptionIds.includes(id)) found.push(question.options.find((o) => o.id === id)?.misconception);
      }
      break;
    case 'sorting':
      if (answer.type === 'sorting') for (const item of question.items) if (answer.bins[item.id] !== item.bin) found.push(item.misconception);
      break;
    case 'matching':
      if (answer.type === 'matching') for (const p of question.pairs) if (answer.pairs[p.left.id] !== p.right.id) found.push(p.left.misconception);
      break;
    case 'hotspot':
      if (answer.type === 'hotspot') found.push(question.regionMisconceptions?.[answer.regionId as keyof typeof question.regionMisconceptions]);
      break;
    case 'labelling':
      if (answer.type === 'labelling') {
        for (const s of question.slots) {
          const placed = answer.placements[s.regionId];
          if (placed !== s.labelId) found.push(question.labels.find((l) => l.id === placed)?.misconception);
        }
      }
      break;
    default:
      break;
  }
  const specific = [...new Set(found.filter((m): m is MisconceptionId => Boolean(m)))];
  return specific.length > 0 ? specific : question.misconception ? [question.misconception] : [];
}

/**
 * A typed answer in the form it is compared in: lower case, accents and punctuation gone,
 * spaces collapsed, so "Contêiner", "container" and " CONTAINER. " are the same.
 */
export function normalizeTyped(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isSubsetWithoutRepeats(ids: string[], allowed: string[]): boolean {
  const set = new Set(allowed);
  return new Set(ids).size === ids.length && ids.every((id) => set.has(id));
}

function sameKeys(record: Record<string, unknown>, keys: string[]): boolean {
  const own = Object.keys(record);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(record, k));
}

const inUnit = (n: number) => Number.isFinite(n) && n >= 0 && n <= 1;
