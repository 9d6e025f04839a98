import type { DiagramId, RegionId } from '../diagram/ids';

/** Languages the app speaks. Every learner-facing string exists in each. */
export const LOCALES = ['en', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** A string written in every supported language. */
export type Localized = Record<Locale, string>;

/** Topics of CONTENT.md, numbered as there. */
export const TOPICS = [
  'virtual-machines',
  'virtualization-kinds',
  'containers',
  'images-registries',
  'scope',
  'together',
  'analogy',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Where a claim comes from (CONTENT.md "Sources"). */
export const SOURCES = {
  S1: { title: { en: 'Container or virtual machine?', pt: 'Container ou máquina virtual?' }, author: null, year: null },
  S2: {
    title: { en: 'Containers vs Virtual Machines (Getting started with Docker series)', pt: 'Containers vs Virtual Machines (série Getting started with Docker)' },
    author: { en: 'quoting Mike Coleman, "Containers are not VMs", Docker blog, 2016', pt: 'citando Mike Coleman, "Containers are not VMs", blog da Docker, 2016' },
    year: null,
  },
  S3: { title: { en: 'Virtual Machines Vs. Containers: A Matter Of Scope (Network Computing)', pt: 'Virtual Machines Vs. Containers: A Matter Of Scope (Network Computing)' }, author: { en: 'Scott Lowe', pt: 'Scott Lowe' }, year: 2014 },
  S4: { title: { en: 'Containers vs Virtualization or Containers + Virtualization?', pt: 'Containers vs Virtualization or Containers + Virtualization?' }, author: { en: 'Jonathan Frappier', pt: 'Jonathan Frappier' }, year: 2014 },
} as const satisfies Record<string, { title: Localized; author: Localized | null; year: number | null }>;
export type SourceId = keyof typeof SOURCES;

/** A wrong belief an answer can reveal; catalogued in lib/content/misconceptions.ts. */
export type MisconceptionId = string;

/** One option of a choice, ordering or poll question. Ids are stable and carry no hint of correctness. */
export interface QuestionOption {
  id: string;
  text: Localized;
  /** For a wrong option: the misconception choosing it reveals. */
  misconception?: MisconceptionId;
}

/** A place on a diagram a question or a lesson points at. */
export interface DiagramRef {
  diagramId: DiagramId;
  regionId: RegionId;
}

interface QuestionBase {
  id: string;
  topic: Topic;
  prompt: Localized;
  /** Shown after the reveal: why the right answer is right. */
  explanation: Localized;
  source: SourceId;
  /** Seconds on the clock when played live. */
  timeLimitSec: number;
  /** The diagram region the question is about: feedback links to it, the reveal points at it. */
  about?: DiagramRef;
  /** What a wrong answer reveals when no finer misconception (option, item, region) applies. */
  misconception?: MisconceptionId;
}

/** Exactly one option is right. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: QuestionOption[];
  correctOptionId: string;
}

/** Pick every right option. Partial credit: (right picked - wrong picked) / right, at least 0. */
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple';
  options: QuestionOption[];
  correctOptionIds: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  correct: boolean;
}

/** A short typed answer, accepted in either language, ignoring case, accents and punctuation. */
export interface ShortAnswerQuestion extends QuestionBase {
  type: 'short';
  /** Every accepted answer, in any language ("container", "contêiner"). */
  accepted: string[];
  /** The answer shown after the reveal. */
  display: Localized;
}

/** `options` are listed in the correct order; players see them shuffled. Partial credit: share of items in place. */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  options: QuestionOption[];
}

/** Match each left item with its partner. Partial credit: share of pairs right. */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  /** Each pair as it should be matched; the right-hand sides are shown shuffled. */
  pairs: { left: QuestionOption; right: QuestionOption }[];
}

export const SORT_BINS = ['vm', 'container', 'both'] as const;
export type SortBin = (typeof SORT_BINS)[number];

/** Sort each item into VM / container / both. Partial credit: share of items in the right bin. */
export interface SortingQuestion extends QuestionBase {
  type: 'sorting';
  items: (QuestionOption & { bin: SortBin })[];
}

/** Click the region of a diagram that stands for something. */
export interface HotspotQuestion extends QuestionBase {
  type: 'hotspot';
  diagramId: DiagramId;
  correctRegionIds: RegionId[];
  /** Misconceptions revealed by clicking particular wrong regions. */
  regionMisconceptions?: Partial<Record<RegionId, MisconceptionId>>;
}

/** Put labels on marked regions of a diagram. Partial credit: share of regions labelled right. */
export interface LabellingQuestion extends QuestionBase {
  type: 'labelling';
  diagramId: DiagramId;
  /** Each marked region with the label that belongs on it. */
  slots: { regionId: RegionId; labelId: string }[];
  /** Every label offered, the right ones and any distractors. */
  labels: QuestionOption[];
}

/** A question with no right answer, for discussion; never scored. */
export interface PollQuestion extends QuestionBase {
  type: 'poll';
  options: QuestionOption[];
}

/** A question with its answer key. Lives on the server only. */
export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | ShortAnswerQuestion
  | OrderingQuestion
  | MatchingQuestion
  | SortingQuestion
  | HotspotQuestion
  | LabellingQuestion
  | PollQuestion;
export type QuestionType = Question['type'];
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'short', 'ordering', 'matching', 'sorting', 'hotspot', 'labelling', 'poll'] as const satisfies readonly QuestionType[];

export interface Quiz {
  id: string;
  title: Localized;
  description: Localized;
  questions: Question[];
}

/** What a player submits. */
export type Answer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'short'; text: string }
  | { type: 'ordering'; optionIds: string[] }
  /** leftId -> rightId for every pair. */
  | { type: 'matching'; pairs: Record<string, string> }
  /** itemId -> bin for every item. */
  | { type: 'sorting'; bins: Record<string, SortBin> }
  /** The region chosen, and where (0..1 across and down the diagram) for the heatmap. */
  | { type: 'hotspot'; regionId: string; x: number; y: number }
  /** regionId -> labelId for every slot. */
  | { type: 'labelling'; placements: Record<string, string> }
  | { type: 'poll'; optionId: string };
