'use client';
import { useLocale } from 'next-intl';
import { useCallback } from 'react';
import { regionContent } from '../../lib/diagram/content';
import type { Locale } from '../../lib/quiz/types';

/** A function giving a region's label in the page's language (the id itself if unknown). */
export function useRegionLabel(): (regionId: string) => string {
  const locale = useLocale() as Locale;
  return useCallback((regionId: string) => regionContent(regionId)?.label[locale] ?? regionId, [locale]);
}
