import { rect, roundRect, type DrawingLayout } from '../shapes';
import { CAPTION, INK } from './palette';
import type { ArtProps } from './words';

/*
 * (d) Image -> push -> registry -> pull -> run -> container, as a loop: the image is a
 * photograph of an environment, the registry a cloud of shelves, the containers its prints
 * come to life.
 */

const PRINTS = [36, 124, 212] as const;
const PRINT = { y: 352, w: 80, h: 104 };

export const imageRegistryLayout: DrawingLayout<'image-registry'> = {
  top: 0,
  width: 720,
  height: 560,
  regions: {
    'ir-image': { d: rect(64, 58, 172, 200), anchor: { x: 150, y: 150 }, labels: [{ x: 150, y: 232, maxWidth: 160 }] },
    'ir-push': { d: rect(250, 70, 206, 110), anchor: { x: 352, y: 130 }, labels: [{ x: 352, y: 96, maxWidth: 180 }] },
    'ir-registry': { d: roundRect(478, 68, 230, 198, 36), anchor: { x: 592, y: 170 }, labels: [{ x: 592, y: 230, maxWidth: 200 }] },
    'ir-pull': { d: rect(546, 266, 92, 94), anchor: { x: 592, y: 312 }, labels: [{ x: 592, y: 312, maxWidth: 170 }] },
    'ir-run': { d: rect(300, 384, 172, 90), anchor: { x: 386, y: 430 }, labels: [{ x: 386, y: 408, maxWidth: 170 }] },
    'ir-container': {
      d: PRINTS.map((x) => rect(x, PRINT.y, PRINT.w, PRINT.h)).join(''),
      anchor: { x: 164, y: 404 },
      labels: [{ x: 164, y: 486, maxWidth: 260 }],
    },
  },
};

/** The environment in the photograph: three layers (system, runtime, app) under a sun. */
function Scene({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const band = h / 6;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} className="fill-sky-200 dark:fill-sky-900" />
      <circle cx={x + w * 0.8} cy={y + h * 0.22} r={h * 0.1} className="fill-amber-400" />
      <rect x={x + w * 0.18} y={y + h - band * 1.2} width={w * 0.64} height={band} rx={2} className="fill-orange-300 dark:fill-orange-700" />
      <rect x={x + w * 0.24} y={y + h - band * 2.3} width={w * 0.52} height={band} rx={2} className="fill-indigo-300 dark:fill-indigo-700" />
      <rect x={x + w * 0.3} y={y + h - band * 3.4} width={w * 0.4} height={band} rx={2} className="fill-emerald-400 dark:fill-emerald-600" />
    </g>
  );
}

/** A photograph with a white frame and a wider bottom strip, like an instant print. */
function Photo({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const m = w * 0.08;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} className={`fill-white stroke-[2.5] dark:fill-slate-100 ${INK}`} />
      <Scene x={x + m} y={y + m} w={w - 2 * m} h={h * 0.66} />
    </g>
  );
}

/** The registry's cloud: three puffs on a rounded base. */
function Cloud() {
  return (
    <>
      <circle cx={530} cy={168} r={44} />
      <circle cx={594} cy={130} r={58} />
      <circle cx={658} cy={172} r={42} />
      <rect x={484} y={160} width={218} height={100} rx={40} />
    </>
  );
}

function Arrow({ d, head }: { d: string; head: string }) {
  return (
    <g className="fill-none stroke-indigo-700 stroke-[4] dark:stroke-indigo-300" strokeLinecap="round" strokeLinejoin="round">
      <path d={d} />
      <path d={head} />
    </g>
  );
}

/** The decorative drawing of diagram (d). */
export function ImageRegistryArt({ word }: ArtProps) {
  return (
    <g aria-hidden="true">
      <text x={150} y={36} textAnchor="middle" className={CAPTION}>
        {word('devMachine')}
      </text>
      <g transform="rotate(-3 150 158)">
        <Photo x={70} y={64} w={160} h={188} />
      </g>

      <Arrow d="M244 150C290 64 410 64 458 136" head="M444 132l14 4 2-15" />

      {/* The registry: a cloud holding shelves of images (outline first, then the fill over it). */}
      <g className={`stroke-[6] ${INK}`}>
        <Cloud />
      </g>
      <g className="fill-violet-100 dark:fill-violet-950">
        <Cloud />
      </g>
      {[150, 192].map((y) => (
        <g key={y}>
          {[542, 580, 618].map((x) => (
            <rect key={x} x={x} y={y - 26} width={30} height={26} rx={2} className="fill-white stroke-violet-700 stroke-2 dark:fill-slate-200 dark:stroke-violet-300" />
          ))}
          <path d={`M528 ${y}h128`} className="stroke-violet-700 stroke-[3] dark:stroke-violet-300" />
        </g>
      ))}

      <Arrow d="M592 270V354" head="M582 342l10 12 10-12" />

      {/* The server that pulled a copy of the image. */}
      <rect x={496} y={364} width={190} height={140} rx={10} className={`fill-slate-300 stroke-[2.5] dark:fill-slate-600 ${INK}`} />
      {[384, 412, 440].map((y) => (
        <g key={y}>
          <rect x={510} y={y} width={96} height={18} rx={3} className="fill-slate-400 dark:fill-slate-700" />
          <circle cx={620} cy={y + 9} r={4} className="fill-emerald-500" />
        </g>
      ))}
      <g transform="rotate(4 652 440)">
        <Photo x={628} y={406} w={48} h={58} />
      </g>
      <text x={591} y={530} textAnchor="middle" className={CAPTION}>
        {word('server')}
      </text>

      <Arrow d="M488 440H306" head="M320 428l-14 12 14 12" />

      {/* The prints: containers running from the same image. */}
      {PRINTS.map((x) => (
        <g key={x}>
          <Photo x={x} y={PRINT.y} w={PRINT.w} h={PRINT.h} />
          <circle cx={x + PRINT.w - 14} cy={PRINT.y + PRINT.h - 14} r={8} className="fill-emerald-600" />
          <path d={`M${x + PRINT.w - 17} ${PRINT.y + PRINT.h - 19}v10l8-5Z`} className="fill-white" />
        </g>
      ))}
    </g>
  );
}
