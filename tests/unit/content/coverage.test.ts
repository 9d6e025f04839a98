import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../lib/content/bank';
import { LESSONS } from '../../../lib/content/lessons';
import { MISCONCEPTIONS } from '../../../lib/content/misconceptions';
import { DIAGRAM_CONTENT } from '../../../lib/diagram/content';
import { DIAGRAM_IDS, isRegionOf } from '../../../lib/diagram/ids';
import { grade, isWellFormed } from '../../../lib/quiz/check';
import { correctAnswer } from '../../../lib/quiz/display';
import { LOCALES, QUESTION_TYPES, SOURCES, TOPICS, type Localized, type Question } from '../../../lib/quiz/types';

const filled = (text: Localized) => LOCALES.every((l) => typeof text[l] === 'string' && text[l].trim() !== '');
const regions = DIAGRAM_IDS.flatMap((d) => Object.entries(DIAGRAM_CONTENT[d]?.regions ?? {}));

describe('every topic of CONTENT.md is taught three ways, in both languages, with sources', () => {
  for (const topic of TOPICS) {
    it(`${topic}: lesson cards, diagram hotspots and questions`, () => {
      const cards = LESSONS.filter((c) => c.topic === topic);
      const hotspots = regions.filter(([, r]) => r.topic === topic);
      const questions = QUESTION_BANK.filter((q) => q.topic === topic);
      expect(cards.length, 'cards').toBeGreaterThan(0);
      expect(hotspots.length, 'hotspots').toBeGreaterThan(0);
      expect(questions.length, 'questions').toBeGreaterThanOrEqual(5);
      for (const c of cards) {
        expect(filled(c.title) && c.body.every(filled), c.id).toBe(true);
        expect(SOURCES[c.source], c.id).toBeDefined();
      }
      for (const [id, r] of hotspots) {
        expect(filled(r.label) && filled(r.explanation), id).toBe(true);
        expect(SOURCES[r.source], id).toBeDefined();
      }
      for (const q of questions) {
        expect(filled(q.prompt) && filled(q.explanation), q.id).toBe(true);
        expect(q.prompt.pt, q.id).not.toBe(q.prompt.en);
        expect(SOURCES[q.source], q.id).toBeDefined();
      }
    });
  }

  it('has cards on where the analogy breaks', () => {
    expect(LESSONS.filter((c) => c.kind === 'limit').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the question bank', () => {
  it('holds at least 60 questions, using every question type', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(60);
    const types = new Set(QUESTION_BANK.map((q) => q.type));
    for (const type of QUESTION_TYPES) expect(types.has(type), type).toBe(true);
  });

  it('has unique ids', () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the misconception behind every wrong choice, and every one it names exists in both languages', () => {
    const known = new Map(MISCONCEPTIONS.map((m) => [m.id, m]));
    for (const m of MISCONCEPTIONS) expect(filled(m.statement) && filled(m.correction), m.id).toBe(true);
    const named = (q: Question): (string | undefined)[] => {
      switch (q.type) {
        case 'single':
          return q.options.filter((o) => o.id !== q.correctOptionId).map((o) => o.misconception);
        case 'multiple':
          return q.options.filter((o) => !q.correctOptionIds.includes(o.id)).map((o) => o.misconception);
        default:
          return [];
      }
    };
    for (const q of QUESTION_BANK) {
      for (const id of named(q)) expect(id && known.has(id), `${q.id}: a wrong option without a known misconception`).toBe(true);
      if (q.misconception) expect(known.has(q.misconception), q.id).toBe(true);
    }
  });

  it('grades its own answer key as right, and points only at regions of its diagram', () => {
    for (const q of QUESTION_BANK) {
      if (q.type === 'poll') continue;
      const key = correctAnswer(q)!;
      expect(isWellFormed(q, key), q.id).toBe(true);
      expect(grade(q, key)?.correct, q.id).toBe(true);
      if (q.type === 'hotspot') for (const r of q.correctRegionIds) expect(isRegionOf(q.diagramId, r), q.id).toBe(true);
      if (q.type === 'labelling') for (const s of q.slots) expect(isRegionOf(q.diagramId, s.regionId), q.id).toBe(true);
      if (q.about) expect(isRegionOf(q.about.diagramId, q.about.regionId), q.id).toBe(true);
    }
  });
});

describe('our own words', () => {
  const seedsDir = path.resolve(__dirname, '../../../../shared/seeds');
  const words = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const RUN = 9;

  it.skipIf(!existsSync(seedsDir))(`copies no run of ${RUN} words from the source articles`, () => {
    const seedRuns = new Set<string>();
    for (const file of readdirSync(seedsDir)) {
      const w = words(readFileSync(path.join(seedsDir, file), 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) seedRuns.add(w.slice(i, i + RUN).join(' '));
    }
    const texts = [
      ...LESSONS.flatMap((c) => [c.title, ...c.body]),
      ...QUESTION_BANK.flatMap((q) => [q.prompt, q.explanation]),
      ...regions.map(([, r]) => r.explanation),
    ].flatMap((t) => LOCALES.map((l) => t[l]));
    for (const text of texts) {
      const w = words(text);
      for (let i = 0; i + RUN <= w.length; i++) expect(seedRuns.has(w.slice(i, i + RUN).join(' ')), text).toBe(false);
    }
  });
});

describe('the message catalogues', () => {
  const root = path.resolve(__dirname, '../../../locales');
  const keys = (value: unknown, prefix: string): string[] =>
    value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
  const catalogue = (locale: string) =>
    readdirSync(path.join(root, locale))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => keys(JSON.parse(readFileSync(path.join(root, locale, f), 'utf8')), path.basename(f, '.json')))
      .sort();

  it('have the same keys in every language', () => {
    const en = catalogue('en');
    for (const locale of LOCALES) expect(catalogue(locale), locale).toEqual(en);
  });
});
