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

/** One option of a choice or ordering question. Ids are stable and carry no hint of correctness. */
export interface QuestionOption {
  id: string;
  text: Localized;
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
}

/** Exactly one option is right. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: QuestionOption[];
  correctOptionId: string;
}

/** Every right option and no wrong one must be picked (all or nothing). */
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple';
  options: QuestionOption[];
  correctOptionIds: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  correct: boolean;
}

/** `options` are listed in the correct order; players see them shuffled. */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  options: QuestionOption[];
}

/** A question with its answer key. Lives on the server only. */
export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion | OrderingQuestion;
export type QuestionType = Question['type'];

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
  | { type: 'ordering'; optionIds: string[] };
