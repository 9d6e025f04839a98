'use client';
import { useTranslations } from 'next-intl';
import { Button } from './Button';
import type { Sounds } from './useSounds';

/** Sounds on or off, for this browser: a toggle button that a screen reader reads as pressed or not. Hidden until scripts run. */
export function SoundToggle({ sounds, className = '' }: { sounds: Sounds; className?: string }) {
  const t = useTranslations('Quiz');
  if (!sounds.supported) return null;
  return (
    <Button variant="secondary" aria-pressed={sounds.on} onClick={sounds.toggle} className={className}>
      {/* A speaker with sound waves, or struck through: drawn, since not every machine has an emoji font. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        {sounds.on ? <path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11" /> : <path d="M16 9l5 6M21 9l-5 6" />}
      </svg>
      {t('sounds')}
    </Button>
  );
}
