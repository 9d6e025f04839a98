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
const VM_TOP = 104;
const VM_BOTTOM = 462;
/** Containers inside each VM; the second VM is mirrored so the two databases sit side by side. */
const WEB = [172, 582] as const;
const DB = [300, 454] as const;
const BOX = { y: 122, w: 118, h: 168 };
/** The rows inside each VM, top to bottom after the containers. */
const DOCKER_Y = 302;
const OS_Y = 360;

export const togetherLayout: DrawingLayout<'together'> = {
  top: 0,
  width: 720,
  height: 660,
  regions: {
    'tg-physical-host': { d: rect(160, 548, 552, 96), anchor: { x: 436, y: 596 }, labels: [{ x: 436, y: 574, maxWidth: 300 }] },
    'tg-hypervisor': { d: rect(160, 476, 552, 58), anchor: { x: 436, y: 505 }, labels: [{ x: 436, y: 505, maxWidth: 300 }] },
    'tg-vm': {
      d: VMS.map((x) => rect(x, VM_TOP, VM_W, VM_BOTTOM - VM_TOP)).join(''),
      anchor: { x: 295, y: 436 },
      labels: VMS.map((x) => ({ x: x + VM_W / 2, y: 438, maxWidth: 250 })),
    },
    'tg-guest-os': {
      d: VMS.map((x) => rect(x + 10, OS_Y, VM_W - 20, 48)).join(''),
      anchor: { x: 295, y: OS_Y + 24 },
      labels: VMS.map((x) => ({ x: x + VM_W / 2, y: OS_Y + 24, maxWidth: 240 })),
    },
    'tg-docker': {
      d: VMS.map((x) => rect(x + 10, DOCKER_Y, VM_W - 20, 48)).join(''),
      anchor: { x: 295, y: DOCKER_Y + 24 },
      labels: VMS.map((x) => ({ x: x + VM_W / 2 + 16, y: DOCKER_Y + 24, maxWidth: 200 })),
    },
    'tg-web': {
      d: WEB.map((x) => roundRect(x, BOX.y, BOX.w, BOX.h, 12)).join(''),
      anchor: { x: WEB[0] + BOX.w / 2, y: 206 },
      labels: WEB.map((x) => ({ x: x + BOX.w / 2, y: 172, maxWidth: 128 })),
    },
    'tg-db': {
      d: DB.map((x) => roundRect(x, BOX.y, BOX.w, BOX.h, 12)).join(''),
      anchor: { x: DB[0] + BOX.w / 2, y: 206 },
      labels: DB.map((x) => ({ x: x + BOX.w / 2, y: 172, maxWidth: 128 })),
    },
    'tg-isolation-vm': {
      d: rect(8, VM_TOP - 4, 30, VM_BOTTOM - VM_TOP + 8),
      anchor: { x: 82, y: 380 },
      labels: [{ x: 82, y: 380, maxWidth: 128 }],
    },
    'tg-isolation-container': {
      d: rect(140, BOX.y - 4, 18, BOX.h + 8),
      anchor: { x: 84, y: 206 },
      labels: [{ x: 84, y: 206, maxWidth: 128 }],
    },
    'tg-load-balancer': { d: roundRect(214, 14, 292, 66, 14), anchor: { x: 360, y: 47 }, labels: [{ x: 360, y: 47, maxWidth: 270 }] },
    'tg-db-cluster': {
      d: rect(412, 258, 48, 36),
      anchor: { x: 436, y: 276 },
      labels: [{ x: 436, y: 230, maxWidth: 150 }],
    },
  },
};

const isWeb = (x: number) => (WEB as readonly number[]).includes(x);

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
      {VMS.map((x) => (
        <g key={x}>
          <rect x={x} y={VM_TOP} width={VM_W} height={VM_BOTTOM - VM_TOP} rx={12} className="fill-orange-50 stroke-orange-700 stroke-[2.5] dark:fill-slate-900 dark:stroke-orange-400" strokeDasharray="10 6" />
          <rect x={x + 10} y={OS_Y} width={VM_W - 20} height={48} rx={6} className={`fill-orange-200 stroke-2 dark:fill-orange-900 ${INK}`} />
          <rect x={x + 10} y={DOCKER_Y} width={VM_W - 20} height={48} rx={6} className={`fill-sky-300 stroke-2 dark:fill-sky-800 ${INK}`} />
          <Whale x={x + 36} y={DOCKER_Y + 26} />
        </g>
      ))}
      {[...WEB, ...DB].map((x) => (
        <g key={x}>
          <rect x={x} y={BOX.y} width={BOX.w} height={BOX.h} rx={12} className="fill-cyan-50 stroke-cyan-700 stroke-[2.5] dark:fill-slate-800 dark:stroke-cyan-400" />
          <AppIcon kind={isWeb(x) ? 'web' : 'db'} x={isWeb(x) ? x + BOX.w / 2 : x === DB[0] ? x + 32 : x + BOX.w - 32} y={256} size={14} />
        </g>
      ))}
      {/* The databases replicate to each other across the two VMs. */}
      <path d={`M${DB[0] + BOX.w - 4} 276H${DB[1] + 4}`} className="stroke-emerald-700 stroke-[3] dark:stroke-emerald-400" />
      <path d={`M${DB[0] + BOX.w + 6} 268l-10 8 10 8M${DB[1] - 6} 268l10 8-10 8`} className="fill-none stroke-emerald-700 stroke-[3] dark:stroke-emerald-400" />

      {/* Requests from the load balancer reach the web app in both VMs. */}
      <path d={`M${WEB[0] + BOX.w / 2} 80V${BOX.y - 2}M506 47H${WEB[1] + BOX.w / 2}V${BOX.y - 2}`} className={`fill-none stroke-[3] ${INK}`} strokeLinejoin="round" />
      <path d={headDown(WEB[0] + BOX.w / 2, BOX.y - 2) + headDown(WEB[1] + BOX.w / 2, BOX.y - 2)} className={`fill-none stroke-[3] ${INK}`} />

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
