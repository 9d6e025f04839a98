'use client';
import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Full screen for one element (the host console, so the site's header and the page's width
 * stay behind): whether the browser offers it (not iPhone Safari, not a frame without
 * permission), whether that element holds it now (Esc leaves it too), and a toggle.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>) {
  const [supported, setSupported] = useState(false);
  const [on, setOn] = useState(false);
  useEffect(() => {
    setSupported(Boolean(document.fullscreenEnabled));
    const sync = () => setOn(document.fullscreenElement !== null && document.fullscreenElement === target.current);
    sync();
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, [target]);
  const toggle = useCallback(() => {
    const change = document.fullscreenElement ? document.exitFullscreen() : target.current?.requestFullscreen();
    void change?.catch(() => undefined);
  }, [target]);
  return { supported, on, toggle };
}
