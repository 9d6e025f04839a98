'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '../ui/Button';

/** Puts the projector view in full screen (and back), where the browser allows it. */
export function FullscreenButton() {
  const t = useTranslations('HostConsole');
  const [on, setOn] = useState(false);
  const [supported, setSupported] = useState(false);
  useEffect(() => {
    setSupported(Boolean(document.documentElement.requestFullscreen));
    const sync = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  if (!supported) return null;
  return (
    <Button
      variant="secondary"
      className="w-full"
      onClick={() => void (on ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined)}
    >
      {on ? t('exitFullscreen') : t('fullscreen')}
    </Button>
  );
}
