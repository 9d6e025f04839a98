import { DIAGRAM_REGIONS, type DiagramId, type RegionId } from '../../lib/diagram/ids';
import { DRAWINGS } from './drawings';
import type { DrawingLayout, RegionGeometry } from './shapes';

/** A drawing's layout, loosely typed for code that holds any diagram id. */
export function layoutOf(diagramId: DiagramId): DrawingLayout & { regions: Partial<Record<RegionId, RegionGeometry>> } {
  return DRAWINGS[diagramId].layout as DrawingLayout;
}

/** The regions of a drawing in paint and Tab order. */
export function paintOrder(diagramId: DiagramId): RegionId[] {
  return [...((layoutOf(diagramId).order as readonly RegionId[] | undefined) ?? (DIAGRAM_REGIONS[diagramId] as readonly RegionId[]))];
}

/** The centre of a region, normalised 0..1 across and down the whole drawing. Safe on the server. */
export function regionAnchor(diagramId: DiagramId, regionId: RegionId): { x: number; y: number } {
  const layout = layoutOf(diagramId);
  const region = layout.regions[regionId];
  if (!region) return { x: 0.5, y: 0.5 };
  return { x: region.anchor.x / layout.width, y: (region.anchor.y - layout.top) / layout.height };
}
