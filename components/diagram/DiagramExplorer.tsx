'use client';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
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
      <div className="rounded-2xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4 dark:border-slate-800 dark:bg-slate-900">
        <DiagramFigure diagramId={diagramId} mode="explore" selected={selected} onSelect={select} />
      </div>
      <div className="lg:sticky lg:top-4">
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
