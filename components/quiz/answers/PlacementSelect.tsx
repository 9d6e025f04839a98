'use client';
import { useTranslations } from 'next-intl';
import { useId, type ReactNode } from 'react';
import type { PublicOption } from '../../../lib/quiz/display';
import { place, type Placements } from '../../../lib/learn/placements';
import { SELECT } from './styles';

/**
 * One slot's labelled <select> of choices that may each be used once. A choice already on
 * another slot says where ("— with Plumbing"); picking it moves it here.
 */
export function PlacementSelect({
  slot,
  label,
  choices,
  placements,
  slotName,
  disabled,
  onChange,
}: {
  slot: string;
  label: ReactNode;
  choices: PublicOption[];
  placements: Placements;
  /** The name of a slot, to say where a taken choice is. */
  slotName: (slot: string) => string;
  disabled: boolean;
  onChange: (next: Placements) => void;
}) {
  const t = useTranslations('Answer');
  const id = useId();
  const owner = new Map(Object.entries(placements).map(([s, c]) => [c, s]));
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} className={SELECT} value={placements[slot] ?? ''} disabled={disabled} onChange={(event) => onChange(place(placements, slot, event.target.value))}>
        <option value="">{t('choose')}</option>
        {choices.map((c) => {
          const takenBy = owner.get(c.id);
          return (
            <option key={c.id} value={c.id}>
              {takenBy && takenBy !== slot ? t('takenBy', { choice: c.text, slot: slotName(takenBy) }) : c.text}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** "2 left to place", or nothing once every slot has a choice. */
export function PlacementsLeft({ left }: { left: number }) {
  const t = useTranslations('Answer');
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
      {left > 0 ? t('left', { count: left }) : t('allPlaced')}
    </p>
  );
}
