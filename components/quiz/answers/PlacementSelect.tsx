'use client';
import { useTranslations } from 'next-intl';
import { useId, type ReactNode } from 'react';
import type { PublicOption } from '../../../lib/quiz/display';
import { clashes, emptySlots, place, slotsOf, type Placements } from '../../../lib/learn/placements';
import { SELECT } from './styles';

/**
 * One slot's labelled <select> of choices that may each be used once. A choice already on
 * another slot says where ("(now with Plumbing)"); choosing it anyway shows a clash to fix.
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
  const value = placements[slot] ?? '';
  const clash = value !== '' && slotsOf(placements, value).length > 1;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        className={`${SELECT} ${clash ? 'border-red-700 dark:border-red-400' : ''}`}
        value={value}
        disabled={disabled}
        aria-invalid={clash || undefined}
        onChange={(event) => onChange(place(placements, slot, event.target.value))}
      >
        <option value="">{t('choose')}</option>
        {choices.map((c) => {
          const elsewhere = slotsOf(placements, c.id).filter((s) => s !== slot);
          return (
            <option key={c.id} value={c.id}>
              {elsewhere.length > 0 ? t('takenBy', { choice: c.text, slot: elsewhere.map(slotName).join(', ') }) : c.text}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** What is left before sending: slots to fill, or a choice used twice; announced politely. */
export function PlacementStatus({ placements, slots, choiceName }: { placements: Placements; slots: readonly string[]; choiceName: (choice: string) => string }) {
  const t = useTranslations('Answer');
  const twice = clashes(placements);
  const left = emptySlots(placements, slots).length;
  return (
    <p className={`text-sm ${twice.length > 0 ? 'font-semibold text-red-800 dark:text-red-300' : 'text-slate-700 dark:text-slate-300'}`} aria-live="polite">
      {twice.length > 0 ? t('clash', { choice: twice.map(choiceName).join(', ') }) : left > 0 ? t('left', { count: left }) : t('allPlaced')}
    </p>
  );
}
