'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { isComplete, place, slotsOf, type Placements } from '../../../lib/learn/placements';
import { DiagramFigure, regionAnchor } from '../../diagram/DiagramFigure';
import { Button } from '../../ui/Button';
import { PlacementSelect, PlacementStatus } from './PlacementSelect';
import { HINT, type AnswerInputProps } from './styles';

/**
 * Labelling: the diagram with numbered markers on the regions to label, and for each number
 * a select of the labels (each used once), then send. With a mouse, a label chip can also be
 * dragged onto a marker; the selects stay the way for keyboards, touch and screen readers.
 */
export function LabellingAnswer({ question, disabled, onSubmit }: AnswerInputProps) {
  const t = useTranslations('Answer');
  const [placements, setPlacements] = useState<Placements>({});
  const [dragging, setDragging] = useState<string | null>(null);
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
      <div className="relative">
        <DiagramFigure diagramId={diagramId} mode="label" markers={markers} disabled={disabled} className="w-full" />
        {dragging && !disabled && (
          // Drop targets over the markers, only while a chip is dragged (regionAnchor: 0..1 over the drawing).
          <div className="absolute inset-0" aria-hidden="true">
            {question.slots.map((regionId) => {
              const at = regionAnchor(diagramId, regionId);
              return (
                <div
                  key={regionId}
                  onDragOver={(event) => event.preventDefault()}
                  onDrop={(event) => {
                    event.preventDefault();
                    setPlacements((p) => place(p, regionId, dragging));
                    setDragging(null);
                  }}
                  className="absolute h-16 w-16 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-dashed border-indigo-700 bg-indigo-500/15 dark:border-indigo-300"
                  style={{ left: `${at.x * 100}%`, top: `${at.y * 100}%` }}
                />
              );
            })}
          </div>
        )}
      </div>
      {!disabled && (
        <div aria-hidden="true" className="hidden space-y-2 pointer-fine:block">
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('dragHint')}</p>
          <ul className="flex flex-wrap gap-2">
            {question.labels.map((label) => (
              <li
                key={label.id}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData('text/plain', label.id);
                  event.dataTransfer.effectAllowed = 'move';
                  setDragging(label.id);
                }}
                onDragEnd={() => setDragging(null)}
                className={`cursor-grab rounded-full border-2 px-3 py-1 text-sm font-semibold active:cursor-grabbing ${
                  slotsOf(placements, label.id).length > 0
                    ? 'border-slate-300 bg-slate-100 text-slate-600 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300'
                    : 'border-indigo-700 bg-white text-indigo-900 dark:border-indigo-300 dark:bg-slate-900 dark:text-indigo-100'
                }`}
              >
                {label.text}
              </li>
            ))}
          </ul>
        </div>
      )}
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
