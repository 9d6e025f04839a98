'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { DIAGRAM_REGIONS, type RegionId } from '../../../lib/diagram/ids';
import { DiagramFigure, regionAnchor } from '../../diagram/DiagramFigure';
import { useRegionLabel } from '../../diagram/useRegionLabel';
import { Button } from '../../ui/Button';
import { HINT, SELECT, type AnswerInputProps } from './styles';

/**
 * Hotspot: click (or focus and press Enter on) a region of the diagram to answer; or, as a
 * plain alternative, choose the region from a list and send (its anchor stands for the point).
 */
export function HotspotAnswer({ question, disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const regionLabel = useRegionLabel();
  const id = useId();
  const [picked, setPicked] = useState<RegionId | null>(null);
  const [listed, setListed] = useState<RegionId | ''>('');
  const diagramId = question.diagramId;
  if (!diagramId) return null;
  const regions = DIAGRAM_REGIONS[diagramId] as readonly RegionId[];
  const send = (regionId: RegionId, point: { x: number; y: number }) => {
    setPicked(regionId);
    onSubmit({ type: 'hotspot', regionId, x: clamp(point.x), y: clamp(point.y) });
  };
  return (
    <div className="space-y-4">
      <p className={HINT}>{t('hotspotHint')}</p>
      <DiagramFigure
        diagramId={diagramId}
        mode="pick"
        selected={picked}
        onPick={(regionId, point) => {
          if (!disabled) send(regionId, point);
        }}
        disabled={disabled}
        className="w-full"
      />
      <form
        className="space-y-2 rounded-xl border-2 border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900"
        onSubmit={(event) => {
          event.preventDefault();
          if (listed && !disabled) send(listed, regionAnchor(diagramId, listed));
        }}
      >
        <label htmlFor={id} className="block font-semibold">
          {t('hotspotList')}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <select id={id} className={SELECT} value={listed} disabled={disabled} onChange={(event) => setListed(event.target.value as RegionId | '')}>
            <option value="">{t('choose')}</option>
            {regions.map((regionId) => (
              <option key={regionId} value={regionId}>
                {regionLabel(regionId)}
              </option>
            ))}
          </select>
          <Button type="submit" disabled={disabled || !listed} className="shrink-0 text-lg">
            {t('send')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** A point on the diagram, kept inside it (the API takes 0..1). */
function clamp(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0.5;
}
