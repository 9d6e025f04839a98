import { INK } from './palette';

/** A processor chip: the sign of real hardware. */
export function Chip({ x, y }: { x: number; y: number }) {
  const pins = [8, 16, 24];
  return (
    <g>
      <rect x={x + 6} y={y + 6} width={24} height={24} rx={3} className="fill-slate-600 dark:fill-slate-300" />
      <path
        d={pins.map((p) => `M${x + p + 2} ${y}v6M${x + p + 2} ${y + 30}v6M${x} ${y + p + 2}h6M${x + 30} ${y + p + 2}h6`).join('')}
        className="stroke-slate-600 stroke-2 dark:stroke-slate-300"
      />
    </g>
  );
}

/** A small app icon centred on (x, y): a globe (web), a cylinder (database) or a gear. */
export function AppIcon({ kind, x, y, size = 11 }: { kind: 'web' | 'db' | 'gear'; x: number; y: number; size?: number }) {
  const r = size;
  if (kind === 'web')
    return (
      <g className={`fill-none stroke-2 ${INK}`}>
        <circle cx={x} cy={y} r={r} className="fill-sky-100 dark:fill-sky-900" />
        <ellipse cx={x} cy={y} rx={r * 0.45} ry={r} />
        <path d={`M${x - r} ${y}h${2 * r}`} />
      </g>
    );
  if (kind === 'db')
    return (
      <g className={`stroke-2 ${INK}`}>
        <path d={`M${x - r} ${y - r * 0.7}v${r * 1.4}a${r} ${r * 0.35} 0 0 0 ${2 * r} 0v${-r * 1.4}`} className="fill-amber-100 dark:fill-amber-900" />
        <ellipse cx={x} cy={y - r * 0.7} rx={r} ry={r * 0.35} className="fill-amber-200 dark:fill-amber-800" />
        <path d={`M${x - r} ${y}a${r} ${r * 0.35} 0 0 0 ${2 * r} 0`} className="fill-none" />
      </g>
    );
  const teeth = Array.from({ length: 8 }, (_, i) => (i * Math.PI) / 4);
  return (
    <g className={`stroke-2 ${INK}`}>
      <path
        d={teeth.map((a) => `M${x + Math.cos(a) * r * 0.7} ${y + Math.sin(a) * r * 0.7}L${x + Math.cos(a) * r * 1.1} ${y + Math.sin(a) * r * 1.1}`).join('')}
        strokeWidth={4}
        strokeLinecap="round"
      />
      <circle cx={x} cy={y} r={r * 0.72} className="fill-violet-200 dark:fill-violet-800" />
      <circle cx={x} cy={y} r={r * 0.28} className="fill-white dark:fill-slate-900" />
    </g>
  );
}
