/**
 * Tailwind classes shared by the drawings, each readable in the light and the dark theme.
 * Colours only decorate: every meaning is also carried by a label, an outline or a shape.
 */
export const INK = 'stroke-slate-700 dark:stroke-slate-300';
export const INK_FILL = 'fill-slate-700 dark:fill-slate-300';
export const PAPER = 'fill-white dark:fill-slate-900';
export const SOFT = 'fill-slate-100 dark:fill-slate-800';
export const WATER = 'stroke-blue-600 dark:stroke-blue-400';
export const WATER_FILL = 'fill-blue-500 dark:fill-blue-400';
export const HEAT = 'stroke-red-600 dark:stroke-red-400';
export const HEAT_FILL = 'fill-red-600 dark:fill-red-400';
export const POWER = 'stroke-amber-500 dark:stroke-yellow-300';
export const POWER_FILL = 'fill-amber-400 dark:fill-yellow-300';
/** Small decorative text inside a drawing (headings, captions). */
export const CAPTION = 'fill-slate-700 text-[17px] font-semibold dark:fill-slate-200';
