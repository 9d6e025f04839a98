'use client';
import { useState } from 'react';
import { MARKERS, TILE, TILE_IDLE, TILE_PICKED, type AnswerInputProps } from './styles';

/** Single choice and polls: one big button per option; one tap answers. */
export function ChoiceAnswer({ question, disabled, onSubmit }: AnswerInputProps) {
  const [sent, setSent] = useState<string | null>(null);
  const type = question.type === 'poll' ? 'poll' : 'single';
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {question.options.map((o, i) => (
        <li key={o.id}>
          <button
            type="button"
            disabled={disabled}
            aria-pressed={sent === null ? undefined : sent === o.id}
            onClick={() => {
              setSent(o.id);
              onSubmit({ type, optionId: o.id });
            }}
            className={`${TILE} ${sent === o.id ? TILE_PICKED : TILE_IDLE}`}
          >
            <span aria-hidden="true" className="text-indigo-700 dark:text-indigo-300">
              {MARKERS[i % MARKERS.length]}
            </span>
            {o.text}
          </button>
        </li>
      ))}
    </ul>
  );
}
