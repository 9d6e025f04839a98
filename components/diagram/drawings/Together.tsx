import { rect, roundRect, type DrawingLayout } from '../shapes';
import { AppIcon } from './icons';
import { CAPTION, INK } from './palette';
import type { ArtProps } from './words';

/*
 * (c) Both together: a physical host, a hypervisor, two VMs each with a basic OS, Docker and
 * two containers (web app, database); the two isolation levels; the web app replicated behind
 * an external load balancer and the databases clustered across the VMs.
 */

const VMS = [160, 442] as const;
const VM_W = 270;
const VM_TOP = 112;
const VM_BOTTOM = 460;
/** Containers inside each VM; the second VM is mirrored so the two databases sit side by side. */
const WEB = [172, 582] as const;
const DB = [300, 454] as const;
const BOX = { y: 146, w: 118, h: 176 };

export const togetherLayout: DrawingLayout<'together'> = {
  top: 0,
  width: 720,
  height: 660,
  regions: {
    'tg-physical-host': { d: rect(160, 548, 552, 96), anchor: { x: 436, y: 596 }, labels: [{ x: 436, y: 574, maxWidth: 300 }] },
    'tg-hypervisor': { d: rect(160, 476, 552, 58), anchor: { x: 436, y: 505 }, labels: [{ x: 436, y: 505, maxWidth: 300 }] },
    'tg-vm': {
      d: VMS.map((x) => rect(x, VM_TOP, VM_W, VM_BOTTOM - VM_TOP)).join(''),
      anchor: { x: 295, y: 128 },
      labels: VMS.map((x) => ({ x: x + VM_W / 2, y: 130, maxWidth: 250 })),
    },
    'tg-guest-os': {
      d: VMS.map((x) => rect(x + 10, 396, VM_W - 20, 52)).join(''),
      anchor: { x: 295, y: 422 },
      labels: VMS.map((x) => ({ x: x + VM_W / 2, y: 422, maxWidth: 240 })),
    },
    'tg-docker': {
      d: VMS.map((x) => rect(x + 10, 334, VM_W - 20, 52)).join(''),
      anchor: { x: 295, y: 360 },
      labels: VMS.map((x) => ({ x: x + VM_W / 2 + 16, y: 360, maxWidth: 200 })),
    },
    'tg-web': {
      d: WEB.map((x) => roundRect(x, BOX.y, BOX.w, BOX.h, 12)).join(''),
      anchor: { x: WEB[0] + BOX.w / 2, y: 230 },
      labels: WEB.map((x) => ({ x: x + BOX.w / 2, y: 196, maxWidth: 128 })),
    },
    'tg-db': {
      d: DB.map((x) => roundRect(x, BOX.y, BOX.w, BOX.h, 12)).join(''),
      anchor: { x: DB[0] + BOX.w / 2, y: 230 },
      labels: DB.map((x) => ({ x: x + BOX.w / 2, y: 196, maxWidth: 128 })),
    },
    'tg-isolation-vm': {
      d: rect(8, VM_TOP - 4, 30, VM_BOTTOM - VM_TOP + 8),
      anchor: { x: 82, y: 396 },
      labels: [{ x: 82, y: 396, maxWidth: 128 }],
    },
    'tg-isolation-container': {
      d: rect(140, BOX.y - 4, 18, BOX.h + 8),
      anchor: { x: 84, y: 234 },
      labels: [{ x: 84, y: 234, maxWidth: 128 }],
    },
    'tg-load-balancer': { d: roundRect(214, 14, 292, 66, 14), anchor: { x: 360, y: 47 }, labels: [{ x: 372, y: 47, maxWidth: 260 }] },
    'tg-db-cluster': {
      d: rect(412, 250, 48, 36),
      anchor: { x: 436, y: 268 },
      labels: [{ x: 436, y: 284, maxWidth: 150 }],
    },
  },
};

/** An arrow head pointing down at (x, y). */
function headDown(x: number, y: number): string {
  return `M${x - 7} ${y - 10}L${x} ${y}L${x + 7} ${y - 10}`;
}

/** The decorative drawing of diagram (c). */
export function TogetherArt({ word }: ArtProps) {
  return (
    <g aria-hidden="true">
      {/* Users, and the external load balancer in front of both web containers. */}
      <g className={`fill-slate-300 stroke-2 dark:fill-slate-600 ${INK}`}>
        {[60, 96].map((x) => (
          <g key={x}>
            <circle cx={x} cy={30} r={9} />
            <path d={`M${x - 15} 62a15 15 0 0 1 30 0Z`} />
          </g>
        ))}
      </g>
      <text x={78} y={86} textAnchor="middle" className={CAPTION}>
        {word('users')}
      </text>
      <path d="M122 47h84M196 40l10 7-10 7" className={`fill-none stroke-[3] ${INK}`} />
      <rect x={214} y={14} width={292} height={66} rx={14} className={`fill-lime-200 stroke-[2.5] dark:fill-lime-900 ${INK}`} />
      <g className={`fill-none stroke-[2.5] ${INK}`}>
        <path d="M232 47h14M246 47l14-14M246 47l14 14" />
      </g>
      <path d={`M${WEB[0] + BOX.w / 2} 80V${BOX.y - 2}`} className={`fill-none stroke-[3] ${INK}`} />
      <path d={headDown(WEB[0] + BOX.w / 2, BOX.y - 2)} className={`fill-none stroke-[3] ${INK}`} />
      <path d={`M420 80q0 6 ${WEB[1] + BOX.w / 2 - 420} 14V${BOX.y - 2}`} className={`fill-none stroke-[3] ${INK}`} />
      <path d={headDown(WEB[1] + BOX.w / 2, BOX.y - 2)} className={`fill-none stroke-[3] ${INK}`} />

      {/* The physical machine: a server with drive bays and lights. */}
      <rect x={160} y={548} width={552} height={96} rx={10} className={`fill-slate-300 stroke-[2.5] dark:fill-slate-600 ${INK}`} />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <rect key={i} x={180 + i * 50} y={604} width={40} height={26} rx={3} className="fill-slate-400 stroke-slate-600 stroke-[1.5] dark:fill-slate-700 dark:stroke-slate-400" />
      ))}
      {[0, 1, 2].map((i) => (
        <circle key={i} cx={640 + i * 18} cy={617} r={5} className={i === 2 ? 'fill-amber-400' : 'fill-emerald-500'} />
      ))}
      {/* The hypervisor. */}
      <rect x={160} y={476} width={552} height={58} rx={8} className={`fill-amber-300 stroke-[2.5] dark:fill-amber-700 ${INK}`} />

      {/* Two VMs, each with a basic OS, Docker and two containers. */}
      {VMS.map((x, i) => (
        <g key={x}>
          <rect x={x} y={VM_TOP} width={VM_W} height={VM_BOTTOM - VM_TOP} rx={12} className="fill-orange-50 stroke-orange-700 stroke-[2.5] dark:fill-slate-900 dark:stroke-orange-400" strokeDasharray="10 6" />
          <text x={x + 14} y={VM_BOTTOM - 0} className="fill-orange-800 text-[14px] font-bold dark:fill-orange-300" dy={-4}>
            {word('vm')} {i + 1}
          </text>
          <rect x={x + 10} y={396} width={VM_W - 20} height={52} rx={6} className={`fill-orange-200 stroke-2 dark:fill-orange-900 ${INK}`} />
          <rect x={x + 10} y={334} width={VM_W - 20} height={52} rx={6} className={`fill-sky-300 stroke-2 dark:fill-sky-800 ${INK}`} />
          <Whale x={x + 36} y={360} />
        </g>
      ))}
      {[...WEB, ...DB].map((x) => (
        <g key={x}>
          <rect x={x} y={BOX.y} width={BOX.w} height={BOX.h} rx={12} className="fill-cyan-50 stroke-cyan-700 stroke-[2.5] dark:fill-slate-800 dark:stroke-cyan-400" />
          <AppIcon kind={(WEB as readonly number[]).includes(x) ? 'web' : 'db'} x={x + BOX.w / 2} y={(WEB as readonly number[]).includes(x) ? 286 : 300} size={14} />
        </g>
      ))}
      {/* The databases replicate to each other across the two VMs. */}
      <path d={`M${DB[0] + BOX.w - 4} 256H${DB[1] + 4}`} className="stroke-emerald-700 stroke-[3] dark:stroke-emerald-400" />
      <path d={`M${DB[0] + BOX.w + 6} 248l-10 8 10 8M${DB[1] - 6} 248l10 8-10 8`} className="fill-none stroke-emerald-700 stroke-[3] dark:stroke-emerald-400" />

      {/* Isolation levels: level 1 around the VMs, level 2 around the containers. */}
      <path d={`M34 ${VM_TOP}h-16v${VM_BOTTOM - VM_TOP}h16`} className="fill-none stroke-orange-700 stroke-[4] dark:stroke-orange-400" />
      <path d={`M154 ${BOX.y}h-10v${BOX.h}h10`} className="fill-none stroke-cyan-700 stroke-[4] dark:stroke-cyan-400" />
    </g>
  );
}

/** A small whale carrying boxes: Docker. */
function Whale({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <path d={`M${x - 18} ${y - 2}h40q2 14-18 16h-8q-14 0-14-16Z`} className={`fill-sky-600 stroke-[1.5] dark:fill-sky-400 ${INK}`} />
      {[0, 1, 2].map((i) => (
        <rect key={i} x={x - 14 + i * 10} y={y - 11} width={8} height={8} className="fill-white stroke-sky-800 stroke-1" />
      ))}
    </g>
  );
}
