import type { DiagramId, RegionId } from '../diagram/ids';
import { SORT_BINS, SOURCES, type Answer, type DiagramRef, type Locale, type Question, type SortBin } from './types';

/**
 * What a screen may know about a question before its reveal: its text in one language and
 * what to answer with, in the order it is shown. Never the answer key: no correct option,
 * no matching pair, no bin, no hotspot zone, no label position.
 */
export interface PublicQuestion {
  index: number;
  id: string;
  type: Question['type'];
  topic: Question['topic'];
  prompt: string;
  /** single, multiple, ordering, poll: options in display order (ordering: shuffled). */
  options: PublicOption[];
  /** matching: the left column in authored order, the right column shuffled. */
  left: PublicOption[];
  right: PublicOption[];
  /** sorting: items shuffled, and the bins. */
  items: PublicOption[];
  bins: readonly SortBin[];
  /** hotspot and labelling: the diagram answered on. */
  diagramId: DiagramId | null;
  /** labelling: the marked regions, in a fixed order, and the labels, shuffled. */
  slots: RegionId[];
  labels: PublicOption[];
  timeLimitSec: number;
  source: PublicSource;
}

export interface PublicOption {
  id: string;
  text: string;
}

export interface PublicSource {
  title: string;
  author: string | null;
  year: number | null;
}

/** "Title · Author · 2014", for a line under an explanation. */
export function sourceLine(source: PublicSource): string {
  return [source.title, source.author, source.year].filter((part) => part !== null && part !== '').join(' · ');
}

/** The answer key and explanation, sent only from the reveal on. */
export interface PublicReveal {
  /** Null for a poll. */
  correctAnswer: Answer | null;
  /** Short answers: the answer in words. */
  correctText: string | null;
  explanation: string;
  /** The diagram region the question is about, to point at after the reveal. */
  about: DiagramRef | null;
  /** Hotspot: every region that counts as right. */
  regions: RegionId[];
}

/** A question as shown in one language, options in display order. */
export function publicQuestion(question: Question, index: number, locale: Locale, seed: string): PublicQuestion {
  const text = (o: { id: string; text: Record<Locale, string> }): PublicOption => ({ id: o.id, text: o.text[locale] });
  const base: PublicQuestion = {
    index,
    id: question.id,
    type: question.type,
    topic: question.topic,
    prompt: question.prompt[locale],
    options: [],
    left: [],
    right: [],
    items: [],
    bins: [],
    diagramId: null,
    slots: [],
    labels: [],
    timeLimitSec: question.timeLimitSec,
    source: publicSource(question, locale),
  };
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'poll':
      return { ...base, options: question.options.map(text) };
    case 'ordering':
      return { ...base, options: shuffled(question.options, `${seed}:${question.id}`, true).map(text) };
    case 'matching':
      return {
        ...base,
        left: question.pairs.map((p) => text(p.left)),
        right: shuffled(
          question.pairs.map((p) => p.right),
          `${seed}:${question.id}:right`,
          true,
        ).map(text),
      };
    case 'sorting':
      return { ...base, items: shuffled(question.items, `${seed}:${question.id}`, false).map(text), bins: SORT_BINS };
    case 'hotspot':
      return { ...base, diagramId: question.diagramId };
    case 'labelling':
      return {
        ...base,
        diagramId: question.diagramId,
        slots: question.slots.map((s) => s.regionId),
        labels: shuffled(question.labels, `${seed}:${question.id}`, question.labels.length === question.slots.length).map(text),
      };
    case 'truefalse':
    case 'short':
      return base;
  }
}

export function publicSource(question: Question, locale: Locale): PublicSource {
  const source = SOURCES[question.source];
  return { title: source.title[locale], author: source.author?.[locale] ?? null, year: source.year };
}

/** The correct answer, expressed as the answer a player would have sent; null for a poll. */
export function correctAnswer(question: Question): Answer | null {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.correctOptionId };
    case 'multiple':
      return { type: 'multiple', optionIds: [...question.correctOptionIds] };
    case 'truefalse':
      return { type: 'truefalse', value: question.correct };
    case 'short':
      return { type: 'short', text: question.accepted[0] ?? '' };
    case 'ordering':
      return { type: 'ordering', optionIds: question.options.map((o) => o.id) };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(question.pairs.map((p) => [p.left.id, p.right.id])) };
    case 'sorting':
      return { type: 'sorting', bins: Object.fromEntries(question.items.map((i) => [i.id, i.bin])) };
    case 'hotspot':
      return { type: 'hotspot', regionId: question.correctRegionIds[0]!, x: 0.5, y: 0.5 };
    case 'labelling':
      return { type: 'labelling', placements: Object.fromEntries(question.slots.map((s) => [s.regionId, s.labelId])) };
    case 'poll':
      return null;
  }
}

/** Every region that counts as right for a hotspot question, for drawing the reveal. */
export function correctRegions(question: Question): RegionId[] {
  return question.type === 'hotspot' ? [...question.correctRegionIds] : [];
}

export function publicReveal(question: Question, locale: Locale): PublicReveal {
  return {
    correctAnswer: correctAnswer(question),
    correctText: question.type === 'short' ? question.display[locale] : null,
    explanation: question.explanation[locale],
    about: question.about ?? (question.type === 'hotspot' ? { diagramId: question.diagramId, regionId: question.correctRegionIds[0]! } : null),
    regions: correctRegions(question),
  };
}

/**
 * Options in the order players see them, from a server-only seed so every screen and a
 * reconnect agree but no client can recompute the key. `neverSolved` turns a shuffle that
 * came out in the correct order (the authored one) by one place.
 */
export function shuffled<T extends { id: string }>(items: readonly T[], seed: string, neverSolved: boolean): T[] {
  if (items.length < 2) return items.slice();
  const random = mulberry32(fnv1a(seed));
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  const solved = out.every((o, i) => o.id === items[i]!.id);
  return solved && neverSolved ? [...out.slice(1), out[0]!] : out;
}

/** Ordering options in display order (kept for callers that only need the ids). */
export function displayOrder<T extends { id: string }>(question: { type: Question['type']; id: string; options?: T[] }, seed: string): T[] {
  const options = question.options ?? [];
  return question.type === 'ordering' ? shuffled(options, `${seed}:${question.id}`, true) : options;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
