import type { DiagramRef, Localized, MisconceptionId, SourceId, Topic } from '../quiz/types';

/** One lesson card: a few short paragraphs on one idea, with the article it rests on. */
export interface LessonCard {
  id: string;
  topic: Topic;
  /** 'limit' cards say where the house / apartment analogy breaks. */
  kind: 'lesson' | 'limit';
  title: Localized;
  /** Paragraphs, each a short one. */
  body: Localized[];
  source: SourceId;
  /** The diagram region the card is about, linked from the card. */
  diagram?: DiagramRef;
}

/** A wrong belief, and what corrects it. Wrong options point here by id. */
export interface Misconception {
  id: MisconceptionId;
  topic: Topic;
  /** The belief, stated as a learner would hold it ("A container brings its own kernel"). */
  statement: Localized;
  /** Why it is wrong, and what is true instead. */
  correction: Localized;
  source: SourceId;
}
