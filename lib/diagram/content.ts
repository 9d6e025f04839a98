import type { Localized, SourceId, Topic } from '../quiz/types';
import { DIAGRAM_REGIONS, type DiagramId, type RegionId } from './ids';

/** What a hotspot says: its label, its explanation, its source and its analogy twins. */
export interface RegionContent {
  label: Localized;
  explanation: Localized;
  source: SourceId;
  topic: Topic;
  /** The parts of other diagrams that stand for the same thing (house plumbing <-> shared kernel). */
  twins: RegionId[];
}

export interface DiagramContent {
  title: Localized;
  /** The text alternative: what the whole picture shows, for a screen reader. */
  description: Localized;
  regions: Record<RegionId, RegionContent>;
}

/** The words of every diagram. Public: holds no answer. */
export const DIAGRAM_CONTENT: Partial<Record<DiagramId, DiagramContent>> = {};

/** The content of a region, wherever it is drawn. */
export function regionContent(regionId: string): RegionContent | undefined {
  for (const diagram of Object.values(DIAGRAM_CONTENT)) {
    const found = diagram?.regions[regionId as RegionId];
    if (found) return found;
  }
  return undefined;
}

export { DIAGRAM_REGIONS };
