'use client';
import { useLocale } from 'next-intl';
import { use } from 'react';
import type { Locale } from '../../lib/quiz/types';

/*
 * Region labels for pages that show one only now and then (a player's phone, at the reveal
 * of a hotspot question): the diagram content (labels and explanations of every region, in
 * both languages, ~9 KB gzip) is fetched the first time a label is shown instead of riding in
 * the page's first-load JS. Pages that always show diagrams keep `useRegionLabel`.
 */

type DiagramContentModule = typeof import('../../lib/diagram/content');
let diagramContent: Promise<DiagramContentModule> | undefined;

/** The diagram content module, imported once per page load. */
export function loadDiagramContent(): Promise<DiagramContentModule> {
  diagramContent ??= import('../../lib/diagram/content');
  return diagramContent;
}

/** A region's label in the page's language (the id itself if unknown). Suspends until the content is loaded: render it inside <Suspense>. */
export function useLazyRegionLabel(regionId: string): string {
  const locale = useLocale() as Locale;
  const { regionContent } = use(loadDiagramContent());
  return regionContent(regionId)?.label[locale] ?? regionId;
}

/** A region's label as text; suspends while the content loads. */
export function RegionName({ regionId }: { regionId: string }) {
  return <>{useLazyRegionLabel(regionId)}</>;
}
