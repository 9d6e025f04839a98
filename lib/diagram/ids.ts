/**
 * The four diagrams and the regions (hotspots) of each. Ids are global across diagrams and
 * stable: questions, twins and annotations refer to them. The words and drawings live
 * elsewhere (lib/diagram/content, components/diagram); this list is the contract.
 */
export const DIAGRAM_REGIONS = {
  /** (a) A house next to an apartment building. */
  'house-apartment': [
    'ha-house',
    'ha-house-walls',
    'ha-house-door',
    'ha-house-plumbing',
    'ha-house-heating',
    'ha-house-electrical',
    'ha-house-rooms',
    'ha-building',
    'ha-building-foundation',
    'ha-building-plumbing',
    'ha-building-heating',
    'ha-building-electrical',
    'ha-apartment-door',
    'ha-apartment-studio',
    'ha-apartment-penthouse',
  ],
  /** (b) The VM stack next to the container stack. */
  stacks: [
    'st-vm-hardware',
    'st-vm-hypervisor',
    'st-vm-guest-os',
    'st-vm-app',
    'st-ct-hardware',
    'st-ct-host-os',
    'st-ct-kernel',
    'st-ct-engine',
    'st-ct-container',
    'st-ct-app',
  ],
  /** (c) Both together: host -> hypervisor -> VMs -> Docker -> containers, HA setup. */
  together: [
    'tg-physical-host',
    'tg-hypervisor',
    'tg-vm',
    'tg-guest-os',
    'tg-docker',
    'tg-web',
    'tg-db',
    'tg-isolation-vm',
    'tg-isolation-container',
    'tg-load-balancer',
    'tg-db-cluster',
  ],
  /** (d) Image -> registry -> running container. */
  'image-registry': ['ir-image', 'ir-push', 'ir-registry', 'ir-pull', 'ir-run', 'ir-container'],
} as const;

export type DiagramId = keyof typeof DIAGRAM_REGIONS;
export type RegionId = (typeof DIAGRAM_REGIONS)[DiagramId][number];
export const DIAGRAM_IDS = Object.keys(DIAGRAM_REGIONS) as DiagramId[];

/** Whether a text (a route segment, a payload field) names one of the diagrams. */
export function isDiagramId(value: string): value is DiagramId {
  return (DIAGRAM_IDS as string[]).includes(value);
}

/** Whether a region belongs to a diagram. */
export function isRegionOf(diagramId: DiagramId, regionId: string): regionId is RegionId {
  return (DIAGRAM_REGIONS[diagramId] as readonly string[]).includes(regionId);
}

/** The diagram a region is drawn on. */
export function diagramOf(regionId: RegionId): DiagramId {
  return DIAGRAM_IDS.find((d) => isRegionOf(d, regionId))!;
}
