import type { DiagramId } from '../../lib/diagram/ids';
import type { RegionOf } from '../../lib/diagram/content';

/** A point in a drawing's own units (its viewBox). */
export interface Point {
  x: number;
  y: number;
}

/** Where a region's label pill sits: its centre, and the widest it may grow before wrapping. */
export interface LabelSpot extends Point {
  maxWidth: number;
}

/** Where a region is on a drawing: its clickable outline, its anchor and where its label goes. */
export interface RegionGeometry {
  /** SVG path of the hotspot (non-zero fill rule: draw holes counter-clockwise). */
  d: string;
  /** The centre used for markers, keyboard picks and reveal arrows. */
  anchor: Point;
  /** One label per drawn instance (a region drawn twice, like both VMs' Docker, gets two). */
  labels: LabelSpot[];
}

/**
 * The geometry of a whole drawing. Regions are painted, and tabbed through, in `order` (the
 * contract's order when absent): a region painted later wins a click where shapes overlap, so
 * an enclosing region comes before its parts, and no label may sit under a later region.
 */
export interface DrawingLayout<D extends DiagramId = DiagramId> {
  order?: readonly RegionOf<D>[];
  /** The visible part of the drawing: from (0, top), `width` across and `height` down. */
  top: number;
  width: number;
  height: number;
  regions: Record<RegionOf<D>, RegionGeometry>;
}

/** A rectangle as a path, clockwise; `ccw` draws it the other way round, to cut a hole. */
export function rect(x: number, y: number, w: number, h: number, ccw = false): string {
  return ccw ? `M${x} ${y}v${h}h${w}v${-h}Z` : `M${x} ${y}h${w}v${h}h${-w}Z`;
}

/** A rounded rectangle as a path, clockwise. */
export function roundRect(x: number, y: number, w: number, h: number, r: number): string {
  const k = Math.min(r, w / 2, h / 2);
  return `M${x + k} ${y}h${w - 2 * k}a${k} ${k} 0 0 1 ${k} ${k}v${h - 2 * k}a${k} ${k} 0 0 1 ${-k} ${k}h${-(w - 2 * k)}a${k} ${k} 0 0 1 ${-k} ${-k}v${-(h - 2 * k)}a${k} ${k} 0 0 1 ${k} ${-k}Z`;
}

/** A closed polygon through the points. */
export function polygon(...points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
}

/** Label sizes, in drawing units: one size for every drawing keeps them consistent. */
export const LABEL_FONT = 19;
export const LABEL_LINE = 23;
const CHAR_WIDTH = 0.56 * LABEL_FONT;
const PAD_X = 10;
const PAD_Y = 6;

/** Splits a label into lines that fit `maxWidth` (an estimate: the server cannot measure text). */
export function wrapLabel(text: string, maxWidth: number): string[] {
  const maxChars = Math.max(4, Math.floor((maxWidth - 2 * PAD_X) / CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The box a wrapped label needs. */
export function labelBox(lines: string[]): { width: number; height: number } {
  const longest = Math.max(...lines.map((l) => l.length));
  return { width: Math.ceil(longest * CHAR_WIDTH + 2 * PAD_X), height: lines.length * LABEL_LINE + 2 * PAD_Y };
}
