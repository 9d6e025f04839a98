'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { isComplete, type Placements } from '../../../lib/learn/placements';
import { DiagramFigure } from '../../diagram/DiagramFigure';
import { Button } from '../../ui/Button';
import { PlacementSelect, PlacementStatus } from './PlacementSelect';
import { HINT, type AnswerInputProps } from './styles';

/**
 * Labelling: the diagram with numbered markers on the regions to label, and for each number
 * a select of the labels (each used once), then send.
 */
export function LabellingAnswer({ question, disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const [placements, setPlacements] = useState<Placements>({});
  const diagramId = question.diagramId;
  if (!diagramId) return null;
  const numberOf = (regionId: string) => question.slots.indexOf(regionId as (typeof question.slots)[number]) + 1;
  const labelText = (labelId: string | undefined) => question.labels.find((l) => l.id === labelId)?.text;
  const markers = question.slots.map((regionId, i) => {
    const placed = labelText(placements[regionId]);
    return { regionId, text: placed ? `${i + 1} · ${placed}` : String(i + 1) };
  });
  return (
    <div className="space-y-4">
      <p className={HINT}>{t('labellingHint')}</p>
      <DiagramFigure diagramId={diagramId} mode="label" markers={markers} disabled={disabled} className="w-full" />
      <ol className="grid gap-3 sm:grid-cols-2">
        {question.slots.map((regionId, i) => (
          <li key={regionId} className="rounded-xl border-2 border-slate-300 bg-white p-3 dark:border-slate-600 dark:bg-slate-900">
            <PlacementSelect
              slot={regionId}
              label={t('markerLabel', { number: i + 1 })}
              choices={question.labels}
              placements={placements}
              slotName={(slot) => t('marker', { number: numberOf(slot) })}
              disabled={disabled}
              onChange={setPlacements}
            />
          </li>
        ))}
      </ol>
      <PlacementStatus placements={placements} slots={question.slots} choiceName={(id) => labelText(id) ?? id} />
      <Button type="button" disabled={disabled || !isComplete(placements, question.slots)} onClick={() => onSubmit({ type: 'labelling', placements })} className="w-full text-lg">
        {t('send')}
      </Button>
    </div>
  );
}
