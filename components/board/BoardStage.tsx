'use client';
import { useTranslations } from 'next-intl';
import { forwardRef, useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';
import type { DiagramId, RegionId } from '../../lib/diagram/ids';
import { layoutOf } from '../diagram/geometry';
import { Button } from '../ui/Button';

/** How much of the view the spotlit region's bounding box fills, and the most we zoom. */
const FILL = 0.8;
const MAX_SCALE = 3;

export interface Zoom {
  scale: number;
  /** Translation as a share of the stage's own width and height. */
  x: number;
  y: number;
}

const NO_ZOOM: Zoom = { scale: 1, x: 0, y: 0 };

/**
 * The zoom that makes a box (0..1 of the diagram) fill most of the view, kept inside the
 * diagram so no empty margin shows. Pure, for the stage below.
 */
export function zoomTo(box: { x: number; y: number; width: number; height: number }): Zoom {
  if (box.width <= 0 || box.height <= 0) return NO_ZOOM;
  const scale = Math.min(MAX_SCALE, Math.max(1, Math.min(FILL / box.width, FILL / box.height)));
  const clamp = (v: number) => Math.min(0, Math.max(1 - scale, v));
  return { scale, x: clamp(0.5 - scale * (box.x + box.width / 2)), y: clamp(0.5 - scale * (box.y + box.height / 2)) };
}

/**
 * The board's viewport. The stage inside it holds the figure and the layers drawn in 0..1
 * diagram coordinates (notes, cursors, answer marks); a spotlight zooms the whole stage, so
 * those layers stay where they belong, and dims everything but the region.
 * The stage element is the one to measure pointer positions against: its box is the
 * diagram's box, zoomed or not.
 */
export const BoardStage = forwardRef<
  HTMLDivElement,
  { diagramId: DiagramId; spotlight: RegionId | null; figure: ReactNode; children?: ReactNode; /** A line under the view, e.g. which region is spotlit. */ caption?: ReactNode } & HTMLAttributes<HTMLDivElement>
>(function BoardStage({ diagramId, spotlight, figure, children, caption, ...viewport }, stageRef) {
  const t = useTranslations('Board');
  const maskId = `spot${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const outline = useRef<SVGPathElement>(null);
  const [zoom, setZoom] = useState<Zoom>(NO_ZOOM);
  const [whole, setWhole] = useState(false);
  const layout = layoutOf(diagramId);
  const region = spotlight ? layout.regions[spotlight] : undefined;

  // A new spotlight zooms in again, even for someone who zoomed out of the last one.
  useEffect(() => setWhole(false), [spotlight]);

  useLayoutEffect(() => {
    const path = outline.current;
    if (!region || !path) return setZoom(NO_ZOOM);
    const b = path.getBBox();
    setZoom(zoomTo({ x: b.x / layout.width, y: (b.y - layout.top) / layout.height, width: b.width / layout.width, height: b.height / layout.height }));
  }, [region, layout]);

  const shown = region && !whole ? zoom : NO_ZOOM;
  const style = {
    transform: `translate(${shown.x * 100}%, ${shown.y * 100}%) scale(${shown.scale})`,
    transformOrigin: '0 0',
    '--board-inverse': String(1 / shown.scale),
  } as CSSProperties;

  return (
    <div className="space-y-2">
      <div {...viewport} data-testid="board-viewport" className="relative overflow-clip rounded-xl bg-white dark:bg-slate-900">
        <div ref={stageRef} data-testid="board-figure" data-zoom={shown.scale.toFixed(2)} className="relative transition-transform duration-700 ease-in-out motion-reduce:transition-none" style={style}>
          {figure}
          {region && (
            <svg
              aria-hidden="true"
              data-testid="spotlight-dim"
              viewBox={`0 ${layout.top} ${layout.width} ${layout.height}`}
              preserveAspectRatio="none"
              className="pointer-events-none absolute inset-0 h-full w-full"
            >
              <defs>
                <mask id={maskId} maskUnits="userSpaceOnUse" x={0} y={layout.top} width={layout.width} height={layout.height}>
                  <rect x={0} y={layout.top} width={layout.width} height={layout.height} fill="white" />
                  <path d={region.d} fill="black" />
                </mask>
              </defs>
              <rect x={0} y={layout.top} width={layout.width} height={layout.height} mask={`url(#${maskId})`} className="fill-slate-950/55 transition-opacity duration-500 ease-out starting:opacity-0 motion-reduce:transition-none dark:fill-black/65" />
              <path ref={outline} d={region.d} className="fill-none stroke-amber-400 stroke-[4]" strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
            </svg>
          )}
          {children}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {caption}
        {region && (
          <Button variant="secondary" aria-pressed={whole} onClick={() => setWhole((w) => !w)}>
            {t('wholeDiagram')}
          </Button>
        )}
      </div>
    </div>
  );
});
