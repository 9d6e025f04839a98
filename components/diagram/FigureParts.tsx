import { LABEL_FONT, LABEL_LINE, labelBox, wrapLabel, type LabelSpot, type Point } from './shapes';

/** How a region is shown: never by colour alone (a mark in its label and a pattern go with it). */
export type RegionState = 'plain' | 'selected' | 'highlighted';

const PILL: Record<RegionState, { box: string; text: string; mark: string }> = {
  plain: { box: 'fill-white/95 stroke-slate-500 dark:fill-slate-900/95 dark:stroke-slate-400', text: 'fill-slate-900 dark:fill-slate-50', mark: '' },
  selected: { box: 'fill-indigo-700 stroke-white dark:fill-indigo-300 dark:stroke-slate-950', text: 'fill-white dark:fill-slate-950', mark: '✓ ' },
  highlighted: { box: 'fill-fuchsia-100 stroke-fuchsia-800 dark:fill-fuchsia-950 dark:stroke-fuchsia-300', text: 'fill-fuchsia-950 dark:fill-fuchsia-50', mark: '★ ' },
};

/** A region's label drawn on the picture: a rounded box with one to three lines. */
export function LabelPill({ spot, text, state, regionId }: { spot: LabelSpot; text: string; state: RegionState; regionId: string }) {
  const style = PILL[state];
  const lines = wrapLabel(`${style.mark}${text}`, spot.maxWidth);
  const { width, height } = labelBox(lines);
  const top = spot.y - height / 2;
  return (
    <g aria-hidden="true" data-label-for={regionId}>
      <rect x={spot.x - width / 2} y={top} width={width} height={height} rx={10} className={`${style.box} stroke-[1.5]`} />
      <text x={spot.x} y={top + 6 + LABEL_LINE / 2} textAnchor="middle" dominantBaseline="central" className={`${style.text} font-semibold`} style={{ fontSize: LABEL_FONT }}>
        {lines.map((line, i) => (
          <tspan key={i} x={spot.x} dy={i === 0 ? 0 : LABEL_LINE}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A marker for labelling questions: a numbered disc, or a pill when the text is longer. */
export function Marker({ at, text }: { at: Point; text: string }) {
  const short = text.length <= 2;
  const { width, height } = short ? { width: 38, height: 38 } : labelBox(wrapLabel(text, 220));
  const lines = short ? [text] : wrapLabel(text, 220);
  const top = at.y - height / 2;
  return (
    <g>
      <rect x={at.x - width / 2} y={top} width={width} height={height} rx={short ? 19 : 10} className="fill-indigo-700 stroke-white stroke-[3] dark:fill-indigo-300 dark:stroke-slate-950" />
      <text x={at.x} y={top + 6 + LABEL_LINE / 2 + (short ? 1 : 0)} textAnchor="middle" dominantBaseline="central" className="fill-white font-bold dark:fill-slate-950" style={{ fontSize: LABEL_FONT }}>
        {lines.map((line, i) => (
          <tspan key={i} x={at.x} dy={i === 0 ? 0 : LABEL_LINE}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** The hatch (selected) and dot (highlighted) patterns, with ids unique to one figure. */
export function StatePatterns({ uid }: { uid: string }) {
  return (
    <defs>
      <pattern id={`${uid}-selected`} width={12} height={12} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={12} height={12} className="fill-indigo-500/10 dark:fill-indigo-300/10" />
        <path d="M0 0v12" className="stroke-indigo-700 stroke-[3] opacity-60 dark:stroke-indigo-300" />
      </pattern>
      <pattern id={`${uid}-highlighted`} width={14} height={14} patternUnits="userSpaceOnUse">
        <rect width={14} height={14} className="fill-fuchsia-500/10 dark:fill-fuchsia-300/10" />
        <circle cx={7} cy={7} r={2.6} className="fill-fuchsia-800 opacity-70 dark:fill-fuchsia-300" />
      </pattern>
    </defs>
  );
}

/** Outline, pattern and focus ring of one region, drawn inside its hotspot. */
export function RegionMarks({ d, uid, state }: { d: string; uid: string; state: RegionState }) {
  return (
    <>
      {state !== 'plain' && (
        <>
          <path d={d} fill={`url(#${uid}-${state})`} className="pointer-events-none" />
          <path d={d} className="pointer-events-none fill-none stroke-white stroke-[9] dark:stroke-slate-950" strokeLinejoin="round" />
          <path
            d={d}
            className={`pointer-events-none fill-none stroke-[5] ${state === 'selected' ? 'stroke-indigo-700 dark:stroke-indigo-300' : 'stroke-fuchsia-700 dark:stroke-fuchsia-300'}`}
            strokeDasharray={state === 'highlighted' ? '14 8' : undefined}
            strokeLinejoin="round"
          />
        </>
      )}
      {/* The focus ring: shown only while the hotspot has keyboard focus. */}
      <path d={d} className="pointer-events-none fill-none stroke-slate-950 stroke-[10] opacity-0 group-focus-visible/hotspot:opacity-100 dark:stroke-white" strokeLinejoin="round" />
      <path d={d} className="pointer-events-none fill-none stroke-amber-400 stroke-[5] opacity-0 group-focus-visible/hotspot:opacity-100" strokeLinejoin="round" />
    </>
  );
}

/** A heatmap dot (show mode), at a point in drawing units. */
export function HeatDot({ at }: { at: Point }) {
  return <circle cx={at.x} cy={at.y} r={9} className="fill-rose-600/60 stroke-white stroke-2 dark:fill-rose-400/60 dark:stroke-slate-950" />;
}
