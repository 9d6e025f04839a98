'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useRef, type JSX, type KeyboardEvent, type MouseEvent } from 'react';
import { DIAGRAM_CONTENT, regionContent } from '../../lib/diagram/content';
import type { DiagramId, RegionId } from '../../lib/diagram/ids';
import type { Locale } from '../../lib/quiz/types';
import { DRAWINGS } from './drawings';
import { HeatDot, LabelPill, Marker, RegionMarks, StatePatterns, type RegionState } from './FigureParts';
import { layoutOf, paintOrder, regionAnchor } from './geometry';

export { regionAnchor };

export interface DiagramFigureProps {
  diagramId: DiagramId;
  /** explore: hotspots open explanations (the explorer page handles selection via onSelect);
   *  pick: hotspot question — clicking anywhere on a region or pressing Enter/Space on it calls onPick;
   *  label: labelling question — region labels hidden, `markers` drawn at region anchors;
   *  show: static (reveal/heatmap), no interaction. */
  mode: 'explore' | 'pick' | 'label' | 'show';
  selected?: RegionId | null;
  highlighted?: RegionId[]; // e.g. the twin(s), or the right region after a reveal
  onSelect?: (regionId: RegionId | null) => void; // explore
  onPick?: (regionId: RegionId, point: { x: number; y: number }) => void; // pick; point normalised 0..1 across/down the whole drawing (keyboard: the region's anchor)
  markers?: { regionId: RegionId; text: string }[]; // label mode: e.g. "1", "2" or a placed label's text
  points?: { x: number; y: number }[]; // heatmap dots, normalised 0..1 (show mode)
  disabled?: boolean;
  className?: string;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * One of the four diagrams as an SVG figure: the drawing, a hotspot per region (Tab, Enter or
 * Space, Escape in explore mode), and a text alternative in the page's language.
 */
export function DiagramFigure({ diagramId, mode, selected = null, highlighted = [], onSelect, onPick, markers = [], points = [], disabled = false, className = '' }: DiagramFigureProps): JSX.Element {
  const locale = useLocale() as Locale;
  const t = useTranslations('Diagrams');
  const uid = `dg${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const svgRef = useRef<SVGSVGElement>(null);
  const { Art } = DRAWINGS[diagramId];
  const layout = layoutOf(diagramId);
  const content = DIAGRAM_CONTENT[diagramId];
  const regionIds = paintOrder(diagramId);
  const interactive = mode === 'explore' || mode === 'pick';
  const label = (id: RegionId) => regionContent(id)?.label[locale] ?? id;
  const stateOf = (id: RegionId): RegionState => (id === selected ? 'selected' : highlighted.includes(id) ? 'highlighted' : 'plain');

  /** Where a pointer event landed, normalised to the drawing. */
  const pointOf = (event: MouseEvent): { x: number; y: number } | null => {
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return null;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: clamp(p.x / layout.width), y: clamp((p.y - layout.top) / layout.height) };
  };

  const activate = (id: RegionId, event?: MouseEvent) => {
    if (disabled) return;
    if (mode === 'explore') onSelect?.(id === selected ? null : id);
    if (mode === 'pick') onPick?.(id, (event && pointOf(event)) ?? regionAnchor(diagramId, id));
  };

  const onKeyDown = (id: RegionId) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(id);
    } else if (event.key === 'Escape' && mode === 'explore' && selected) {
      event.preventDefault();
      onSelect?.(null);
    }
  };

  const marked = regionIds.filter((id) => highlighted.includes(id));
  return (
    <figure className={`relative w-full ${className}`} data-diagram={diagramId} data-mode={mode}>
      <svg
        ref={svgRef}
        viewBox={`0 ${layout.top} ${layout.width} ${layout.height}`}
        className="block h-auto w-full select-none"
        role={interactive ? 'group' : 'img'}
        aria-label={content.title[locale]}
      >
        <StatePatterns uid={uid} />
        <Art word={(key) => t(`art.${key}`)} />
        {regionIds.map((id) => {
          const geometry = layout.regions[id]!;
          const state = stateOf(id);
          // The label lives inside its hotspot, so a click on it is a click on the region.
          const inner = (
            <>
              <path d={geometry.d} className={interactive ? 'fill-transparent transition-colors group-hover/hotspot:fill-indigo-500/10 dark:group-hover/hotspot:fill-indigo-300/10' : 'fill-none'} />
              <RegionMarks d={geometry.d} uid={uid} state={state} />
              {mode !== 'label' && geometry.labels.map((spot, i) => <LabelPill key={i} spot={spot} text={label(id)} state={state} regionId={id} />)}
            </>
          );
          if (!interactive) return <g key={id}>{inner}</g>;
          return (
            <g
              key={id}
              role="button"
              tabIndex={disabled ? -1 : 0}
              aria-label={label(id)}
              aria-pressed={mode === 'explore' ? id === selected : undefined}
              aria-disabled={disabled || undefined}
              data-region={id}
              // The ring drawn by RegionMarks replaces the browser's box outline.
              style={{ outline: 'none' }}
              className={`group/hotspot ${disabled ? 'cursor-not-allowed' : 'cursor-pointer'}`}
              onClick={(event) => activate(id, event)}
              onKeyDown={onKeyDown(id)}
            >
              {inner}
            </g>
          );
        })}
        {mode === 'label' &&
          markers.map((marker) => {
            const anchor = layout.regions[marker.regionId]?.anchor;
            return anchor ? <Marker key={marker.regionId} at={anchor} text={marker.text} /> : null;
          })}
        {mode === 'show' && points.map((p, i) => <HeatDot key={i} at={{ x: p.x * layout.width, y: layout.top + p.y * layout.height }} />)}
      </svg>
      <figcaption className="sr-only">
        {content.title[locale]}. {content.description[locale]}
        {selected && ` ${t('figureSelected', { label: label(selected) })}`}
        {marked.length > 0 && ` ${t('figureHighlighted', { labels: marked.map(label).join(', ') })}`}
      </figcaption>
    </figure>
  );
}
