import type { JSX } from 'react';
import type { DiagramId } from '../../../lib/diagram/ids';
import type { DrawingLayout } from '../shapes';
import { HouseApartmentArt, houseApartmentLayout } from './HouseApartment';
import { ImageRegistryArt, imageRegistryLayout } from './ImageRegistry';
import { StacksArt, stacksLayout } from './Stacks';
import { TogetherArt, togetherLayout } from './Together';
import type { ArtProps } from './words';

/** One drawing: where its hotspots are, and the picture under them. */
export interface Drawing<D extends DiagramId> {
  layout: DrawingLayout<D>;
  Art: (props: ArtProps) => JSX.Element;
}

/** Every diagram's drawing, by diagram id. */
export const DRAWINGS: { readonly [D in DiagramId]: Drawing<D> } = {
  'house-apartment': { layout: houseApartmentLayout, Art: HouseApartmentArt },
  stacks: { layout: stacksLayout, Art: StacksArt },
  together: { layout: togetherLayout, Art: TogetherArt },
  'image-registry': { layout: imageRegistryLayout, Art: ImageRegistryArt },
};
