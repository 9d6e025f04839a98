'use client';
import { useTranslations } from 'next-intl';
import type { Ref } from 'react';
import { Button } from './Button';

/** Puts the projector view (a host console, a board) in full screen and back; hidden where the browser does not allow it. Its words are the host console's. */
export function FullscreenButton({ fullscreen, ref, className = '' }: { fullscreen: { supported: boolean; on: boolean; toggle: () => void }; ref?: Ref<HTMLButtonElement>; className?: string }) {
  const t = useTranslations('HostConsole');
  if (!fullscreen.supported) return null;
  return (
    <Button ref={ref} variant="secondary" className={className} onClick={fullscreen.toggle}>
      {fullscreen.on ? t('exitFullscreen') : t('fullscreen')}
    </Button>
  );
}
