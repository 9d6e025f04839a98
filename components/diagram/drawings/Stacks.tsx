import { rect, roundRect, type DrawingLayout } from '../shapes';
import { CAPTION, INK } from './palette';
import type { ArtProps } from './words';
import { AppIcon, Chip } from './icons';

/*
 * (b) The VM stack (left) next to the container stack (right), on the same hardware.
 * The left one repeats a whole guest OS in every VM; the right one has a single host OS.
 */

const VM_X = [20, 134, 248] as const;
const VM_W = 104;
const CT = [
  { x: 370, w: 86 },
  { x: 466, w: 108 },
  { x: 584, w: 116 },
] as const;

export const stacksLayout: DrawingLayout<'stacks'> = {
  top: 0,
  width: 720,
  height: 600,
  regions: {
    'st-vm-hardware': { d: rect(20, 524, 332, 60), anchor: { x: 186, y: 554 }, labels: [{ x: 206, y: 554, maxWidth: 280 }] },
    'st-vm-hypervisor': { d: rect(20, 456, 332, 58), anchor: { x: 186, y: 485 }, labels: [{ x: 186, y: 485, maxWidth: 280 }] },
    'st-vm-guest-os': {
      d: VM_X.map((x) => rect(x + 6, 184, VM_W - 12, 238)).join(''),
      anchor: { x: 186, y: 300 },
      labels: [{ x: 186, y: 300, maxWidth: 290 }],
    },
    'st-vm-app': {
      d: VM_X.map((x) => rect(x + 6, 110, VM_W - 12, 64)).join(''),
      anchor: { x: 186, y: 142 },
      labels: [{ x: 186, y: 128, maxWidth: 290 }],
    },
    'st-ct-hardware': { d: rect(370, 524, 330, 60), anchor: { x: 535, y: 554 }, labels: [{ x: 555, y: 554, maxWidth: 280 }] },
    'st-ct-host-os': { d: rect(370, 388, 330, 126), anchor: { x: 535, y: 414 }, labels: [{ x: 535, y: 414, maxWidth: 280 }] },
    'st-ct-kernel': { d: rect(382, 446, 306, 58), anchor: { x: 535, y: 475 }, labels: [{ x: 535, y: 475, maxWidth: 280 }] },
    'st-ct-engine': { d: rect(370, 320, 330, 58), anchor: { x: 535, y: 349 }, labels: [{ x: 535, y: 349, maxWidth: 320 }] },
    'st-ct-container': {
      d: CT.map(({ x, w }) => roundRect(x, 170, w, 140, 12)).join(''),
      anchor: { x: 535, y: 284 },
      labels: [{ x: 535, y: 284, maxWidth: 200 }],
    },
    'st-ct-app': {
      d: CT.map(({ x, w }) => rect(x + 10, 180, w - 20, 72)).join(''),
      anchor: { x: 535, y: 216 },
      labels: [{ x: 535, y: 200, maxWidth: 260 }],
    },
  },
};

const APPS = ['web', 'db', 'gear'] as const;

/** The decorative drawing of diagram (b). */
export function StacksArt({ word }: ArtProps) {
  return (
    <g aria-hidden="true">
      <text x={186} y={40} textAnchor="middle" className={CAPTION}>
        {word('vmStack')}
      </text>
      <text x={535} y={40} textAnchor="middle" className={CAPTION}>
        {word('containerStack')}
      </text>
      <path d="M361 24v560" className="stroke-slate-300 stroke-2 dark:stroke-slate-700" strokeDasharray="6 8" />

      {/* Hardware, twice: the same kind of machine under both stacks. */}
      {[20, 370].map((x) => (
        <g key={x}>
          <rect x={x} y={524} width={x === 20 ? 332 : 330} height={60} rx={8} className={`fill-slate-300 stroke-[2.5] dark:fill-slate-600 ${INK}`} />
          <Chip x={x + 14} y={536} />
        </g>
      ))}

      {/* VM side: hypervisor, then three VMs each with a whole guest OS and an app. */}
      <rect x={20} y={456} width={332} height={58} rx={8} className={`fill-amber-300 stroke-[2.5] dark:fill-amber-700 ${INK}`} />
      {VM_X.map((x, i) => (
        <g key={x}>
          <rect x={x} y={62} width={VM_W} height={384} rx={10} className="fill-orange-50 stroke-orange-700 stroke-2 dark:fill-slate-900 dark:stroke-orange-400" strokeDasharray="8 6" />
          <text x={x + VM_W / 2} y={86} textAnchor="middle" className="fill-orange-800 text-[15px] font-bold dark:fill-orange-300">
            {word('vm')} {i + 1}
          </text>
          <rect x={x + 6} y={184} width={VM_W - 12} height={238} rx={6} className={`fill-orange-200 stroke-2 dark:fill-orange-900 ${INK}`} />
          {/* The layers of a whole OS: kernel, drivers, services, libraries. */}
          {[200, 254, 356, 396].map((y, j) => (
            <rect key={y} x={x + 14} y={y} width={VM_W - 28} height={j === 3 ? 18 : 24} rx={3} className="fill-orange-300 dark:fill-orange-800" />
          ))}
          <rect x={x + 6} y={110} width={VM_W - 12} height={64} rx={6} className={`fill-emerald-200 stroke-2 dark:fill-emerald-900 ${INK}`} />
          <AppIcon kind={APPS[i]!} x={x + VM_W / 2} y={160} />
        </g>
      ))}

      {/* Container side: one host OS with its kernel, the engine, then light containers. */}
      <rect x={370} y={388} width={330} height={126} rx={8} className={`fill-sky-200 stroke-[2.5] dark:fill-sky-900 ${INK}`} />
      <rect x={382} y={446} width={306} height={58} rx={6} className={`fill-sky-400 stroke-2 dark:fill-sky-700 ${INK}`} />
      <rect x={370} y={320} width={330} height={58} rx={8} className={`fill-indigo-200 stroke-[2.5] dark:fill-indigo-900 ${INK}`} />
      {CT.map(({ x, w }, i) => (
        <g key={x}>
          <rect x={x} y={170} width={w} height={140} rx={12} className="fill-cyan-50 stroke-cyan-700 stroke-[2.5] dark:fill-slate-900 dark:stroke-cyan-400" />
          <rect x={x + 10} y={180} width={w - 20} height={72} rx={6} className={`fill-emerald-200 stroke-2 dark:fill-emerald-900 ${INK}`} />
          <AppIcon kind={APPS[i]!} x={x + w / 2} y={238} />
        </g>
      ))}
    </g>
  );
}
