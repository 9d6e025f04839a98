'use client';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DiagramId, RegionId } from '../../lib/diagram/ids';
import { DiagramFigure } from './DiagramFigure';
import { RegionPanel } from './RegionPanel';

/**
 * The analogy explorer: the diagram in explore mode beside the panel of the chosen region.
 * The choice is kept in the address (?region=) so a link or a language switch keeps it.
 */
export function DiagramExplorer({ diagramId, initialRegion }: { diagramId: DiagramId; initialRegion: RegionId | null }) {
  const [selected, setSelected] = useState<RegionId | null>(initialRegion);
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const shown = useRef(selected);

  // On a narrow screen the panel sits under the picture: bring it into view when another part
  // is chosen (not when the page opens with one already chosen).
  useEffect(() => {
    if (shown.current === selected) return;
    shown.current = selected;
    if (selected && window.matchMedia('(max-width: 1023px)').matches) {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      panel.current?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
  }, [selected]);

  const select = useCallback((regionId: RegionId | null) => {
    setSelected(regionId);
    const url = new URL(window.location.href);
    if (regionId) url.searchParams.set('region', regionId);
    else url.searchParams.delete('region');
    window.history.replaceState(window.history.state, '', url);
  }, []);

  /** Escape anywhere in the explorer closes the explanation and returns focus to its hotspot. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !selected) return;
    event.preventDefault();
    const hotspot = root.current?.querySelector<SVGGElement>(`[data-region="${selected}"]`);
    select(null);
    hotspot?.focus();
  };

  return (
    <div ref={root} onKeyDown={onKeyDown} className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="rounded-2xl border border-slate-200 bg-white p-1.5 shadow-sm sm:p-4 dark:border-slate-800 dark:bg-slate-900">
        <DiagramFigure diagramId={diagramId} mode="explore" selected={selected} onSelect={select} />
      </div>
      <div ref={panel} className="scroll-mt-4 lg:sticky lg:top-4">
        <RegionPanel
          regionId={selected}
          onClose={() => {
            const hotspot = root.current?.querySelector<SVGGElement>(`[data-region="${selected}"]`);
            select(null);
            hotspot?.focus();
          }}
        />
      </div>
    </div>
  );
}
