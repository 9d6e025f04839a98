import { polygon, rect, type DrawingLayout } from '../shapes';
import { HEAT, HEAT_FILL, INK, POWER, POWER_FILL, WATER, WATER_FILL } from './palette';

/*
 * (a) A house (a VM) next to an apartment building (the Docker host), both cut open.
 * The house has its own water tank, boiler and meter; the building feeds every flat from
 * one shaft of shared pipes and stands on one foundation (the kernel).
 */

const HOUSE = { x: 20, y: 250, w: 300, h: 390, wall: 14 };
const IN = { x: HOUSE.x + HOUSE.wall, y: HOUSE.y + HOUSE.wall, w: HOUSE.w - 2 * HOUSE.wall, h: HOUSE.h - HOUSE.wall };
const BLD = { x: 350, y: 166, w: 350, h: 474, wall: 8 };
const SHAFT = { x: 510, w: 34 };
const GROUND = 640;

export const houseApartmentLayout: DrawingLayout<'house-apartment'> = {
  top: 56,
  width: 720,
  height: 664,
  order: [
    'ha-house',
    'ha-house-rooms',
    'ha-house-door',
    'ha-house-plumbing',
    'ha-house-heating',
    'ha-house-electrical',
    'ha-house-walls',
    'ha-building',
    'ha-building-foundation',
    'ha-apartment-penthouse',
    'ha-apartment-studio',
    'ha-apartment-door',
    'ha-building-plumbing',
    'ha-building-heating',
    'ha-building-electrical',
  ],
  regions: {
    'ha-house': {
      d: polygon([8, 252], [170, 124], [332, 252]) + rect(HOUSE.x, HOUSE.y, HOUSE.w, HOUSE.h),
      anchor: { x: 110, y: 226 },
      labels: [{ x: 170, y: 92, maxWidth: 300 }],
    },
    'ha-house-walls': {
      d: rect(HOUSE.x, HOUSE.y, HOUSE.w, HOUSE.h) + rect(IN.x, IN.y, IN.w, IN.h, true),
      anchor: { x: 27, y: 420 },
      labels: [{ x: 66, y: 258, maxWidth: 120 }],
    },
    'ha-house-door': {
      d: rect(40, 536, 46, 104),
      anchor: { x: 63, y: 588 },
      labels: [{ x: 100, y: 502, maxWidth: 130 }],
    },
    'ha-house-plumbing': {
      d: rect(142, 186, 60, 52) + rect(180, 236, 14, 20) + rect(180, 246, 118, 12) + rect(286, 246, 14, 380) + rect(236, 300, 64, 16) + rect(250, 580, 50, 14) + rect(276, 396, 24, 14),
      anchor: { x: 293, y: 420 },
      labels: [{ x: 236, y: 342, maxWidth: 140 }],
    },
    'ha-house-heating': {
      d: rect(176, 472, 42, 72) + rect(214, 486, 70, 38) + rect(58, 140, 30, 86),
      anchor: { x: 197, y: 508 },
      labels: [{ x: 236, y: 568, maxWidth: 140 }],
    },
    'ha-house-electrical': {
      d: rect(0, 282, 24, 46) + rect(20, 283, 286, 14) + rect(34, 283, 14, 185) + rect(34, 454, 30, 14),
      anchor: { x: 12, y: 305 },
      labels: [{ x: 98, y: 334, maxWidth: 130 }],
    },
    'ha-house-rooms': {
      d: rect(IN.x, IN.y, IN.w, IN.h),
      anchor: { x: 100, y: 380 },
      labels: [{ x: 160, y: 448, maxWidth: 210 }],
    },
    'ha-building': {
      d: rect(BLD.x - 6, 120, BLD.w + 12, 48) + rect(BLD.x, BLD.y, BLD.w, BLD.h),
      anchor: { x: 630, y: 142 },
      labels: [{ x: BLD.x + BLD.w / 2, y: 92, maxWidth: 360 }],
    },
    'ha-building-foundation': {
      d: rect(BLD.x - 14, GROUND, BLD.w + 28, 70),
      anchor: { x: BLD.x + BLD.w / 2, y: 676 },
      labels: [{ x: BLD.x + BLD.w / 2, y: 676, maxWidth: 210 }],
    },
    'ha-building-plumbing': {
      d: rect(388, 116, 56, 44) + rect(440, 128, 82, 12) + rect(SHAFT.x + 4, 128, 12, 512) + rect(440, 470, 80, 12),
      anchor: { x: SHAFT.x + 10, y: 300 },
      labels: [{ x: 438, y: 442, maxWidth: 150 }],
    },
    'ha-building-heating': {
      d: rect(368, 568, 50, 72) + rect(386, 550, 148, 12) + rect(SHAFT.x + 12, 200, 12, 362) + rect(SHAFT.x + 20, 372, 84, 12) + rect(596, 344, 48, 36),
      anchor: { x: 393, y: 604 },
      labels: [{ x: 622, y: 318, maxWidth: 150 }],
    },
    'ha-building-electrical': {
      d: rect(424, 556, 36, 56) + rect(456, 578, 87, 12) + rect(SHAFT.x + 21, 200, 12, 390) + rect(SHAFT.x + 30, 536, 90, 12),
      anchor: { x: 442, y: 584 },
      labels: [{ x: 626, y: 592, maxWidth: 150 }],
    },
    'ha-apartment-door': {
      d: rect(552, 452, 32, 64),
      anchor: { x: 568, y: 484 },
      labels: [{ x: 640, y: 440, maxWidth: 130 }],
    },
    'ha-apartment-studio': {
      d: rect(BLD.x + BLD.wall, 288, SHAFT.x - BLD.x - BLD.wall, 110),
      anchor: { x: 434, y: 343 },
      labels: [{ x: 434, y: 312, maxWidth: 150 }],
    },
    'ha-apartment-penthouse': {
      d: rect(BLD.x + BLD.wall, 174, BLD.w - 2 * BLD.wall, 106),
      anchor: { x: 434, y: 227 },
      labels: [{ x: 434, y: 200, maxWidth: 150 }],
    },
  },
};

/** A window with a cross, on a back wall. */
function Window({ x, y, w = 44, h = 36 }: { x: number; y: number; w?: number; h?: number }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={3} className={`fill-sky-200 stroke-[2.5] dark:fill-sky-900 ${INK}`} />
      <path d={`M${x + w / 2} ${y}v${h}M${x} ${y + h / 2}h${w}`} className={`stroke-2 ${INK}`} />
    </g>
  );
}

/** A small padlock: the sign of a door that locks. */
function Padlock({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <path d={`M${x + 3} ${y}v-5a5 5 0 0 1 10 0v5`} className={`fill-none stroke-[2.5] ${INK}`} />
      <rect x={x} y={y} width={16} height={13} rx={2} className="fill-amber-300 stroke-slate-800 stroke-2 dark:fill-amber-400" />
    </g>
  );
}

function Lamp({ x, y, drop = 12 }: { x: number; y: number; drop?: number }) {
  return (
    <g>
      <path d={`M${x} ${y}v${drop}`} className={`stroke-2 ${INK}`} />
      <circle cx={x} cy={y + drop + 5} r={6} className={`${POWER_FILL} stroke-slate-700 stroke-[1.5]`} />
    </g>
  );
}

function Radiator({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const fins = Array.from({ length: Math.floor(w / 7) }, (_, i) => x + 4 + i * 7);
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={3} className={`fill-red-200 stroke-2 dark:fill-red-900 ${HEAT}`} />
      <path d={fins.map((fx) => `M${fx} ${y + 4}v${h - 8}`).join('')} className={`stroke-2 ${HEAT}`} />
    </g>
  );
}

function HouseArt() {
  const fill = 'fill-amber-50 dark:fill-slate-800';
  return (
    <g>
      {/* Chimney, smoke and roof. */}
      <rect x={60} y={142} width={26} height={80} className={`fill-rose-900 stroke-[2.5] dark:fill-rose-950 ${INK}`} />
      <path d="M73 132c-10-8 6-14-2-24M79 126c-8-8 6-12 0-20" className="fill-none stroke-slate-400 stroke-[3] dark:stroke-slate-500" strokeLinecap="round" />
      <path d="M8 252 170 124 332 252Z" className={`fill-rose-700 stroke-[3] dark:fill-rose-800 ${INK}`} strokeLinejoin="round" />
      <path d="M44 240 170 140 296 240Z" className="fill-orange-100 dark:fill-slate-700" />
      {/* Walls, floor slab and the wall between rooms. */}
      <rect x={HOUSE.x} y={HOUSE.y} width={HOUSE.w} height={HOUSE.h} className={`fill-orange-300 stroke-[3] dark:fill-orange-900 ${INK}`} />
      <rect x={IN.x} y={IN.y} width={IN.w} height={IN.h} className={fill} />
      <rect x={IN.x} y={442} width={IN.w} height={10} className="fill-orange-300 dark:fill-orange-900" />
      <rect x={168} y={IN.y} width={6} height={178} className="fill-orange-300 dark:fill-orange-900" />
      <rect x={168} y={452} width={6} height={80} className="fill-orange-300 dark:fill-orange-900" />
      {/* Bedroom: bed. */}
      <rect x={44} y={394} width={8} height={46} rx={2} className="fill-amber-800" />
      <rect x={44} y={416} width={92} height={22} rx={3} className={`fill-white stroke-2 ${INK}`} />
      <rect x={78} y={410} width={58} height={28} rx={4} className="fill-indigo-400 dark:fill-indigo-500" />
      <rect x={56} y={406} width={20} height={11} rx={4} className={`fill-white stroke-[1.5] ${INK}`} />
      {/* Bathroom: tub and shower. */}
      <path d="M204 406h80v14a16 16 0 0 1-16 16h-48a16 16 0 0 1-16-16Z" className={`fill-white stroke-[2.5] ${INK}`} />
      <path d="M210 412h68" className="stroke-sky-300 stroke-[5] dark:stroke-sky-500" />
      <path d="M242 316h16l5 10h-26Z" className={`fill-slate-300 stroke-2 ${INK}`} />
      <path d="M244 334v8M250 334v10M256 334v8" className={`stroke-2 ${WATER}`} strokeLinecap="round" />
      {/* Living room: front door with lock, sofa. */}
      <rect x={42} y={538} width={42} height={102} rx={2} className={`fill-amber-800 stroke-[2.5] dark:fill-amber-700 ${INK}`} />
      <rect x={48} y={546} width={30} height={34} rx={2} className="fill-amber-700 dark:fill-amber-600" />
      <rect x={48} y={592} width={30} height={40} rx={2} className="fill-amber-700 dark:fill-amber-600" />
      <circle cx={76} cy={588} r={3.5} className="fill-yellow-300" />
      <Padlock x={58} y={600} />
      <rect x={100} y={592} width={60} height={18} rx={6} className="fill-emerald-600 dark:fill-emerald-500" />
      <rect x={96} y={606} width={68} height={22} rx={6} className={`fill-emerald-500 stroke-2 dark:fill-emerald-400 ${INK}`} />
      <path d="M102 628v8M158 628v8" className={`stroke-[3] ${INK}`} />
      {/* Kitchen: stove and sink. */}
      <rect x={180} y={590} width={46} height={50} rx={2} className={`fill-slate-200 stroke-[2.5] dark:fill-slate-500 ${INK}`} />
      <path d="M186 598h12M206 598h12" className={`stroke-[3] ${HEAT}`} strokeLinecap="round" />
      <rect x={188} y={610} width={30} height={22} rx={2} className="fill-slate-700 dark:fill-slate-800" />
      <rect x={234} y={604} width={60} height={36} rx={2} className={`fill-slate-100 stroke-[2.5] dark:fill-slate-400 ${INK}`} />
      <path d="M244 604v8h28v-8" className={`fill-none stroke-2 ${INK}`} />
      {/* Own plumbing: water tank in the attic, pipes to the shower, tub and sink. */}
      <rect x={144} y={190} width={56} height={44} rx={6} className={`fill-sky-100 stroke-[2.5] dark:fill-sky-900 ${WATER}`} />
      <path d="M150 210q6-5 12 0t12 0t12 0t12 0" className={`fill-none stroke-2 ${WATER}`} />
      <path d="M187 234v18h106v334h-37M293 306h-43v10M293 402h-14v6" className={`fill-none stroke-[6] ${WATER}`} strokeLinejoin="round" />
      <path d="M256 586v14" className={`stroke-[4] ${WATER}`} />
      {/* Own heating: the boiler and its radiator in the kitchen, the chimney on the roof. */}
      <path d="M214 506h8" className={`stroke-[6] ${HEAT}`} />
      <rect x={180} y={476} width={34} height={64} rx={4} className={`fill-red-100 stroke-[2.5] dark:fill-red-950 ${HEAT}`} />
      <path d="M197 524c-7-4-6-12 0-18 0 6 7 8 0 18Z" className={HEAT_FILL} />
      <Radiator x={222} y={490} w={58} h={30} />
      {/* Own wiring: meter outside, wires under the ceilings, lamps. */}
      <rect x={2} y={284} width={18} height={42} rx={3} className={`fill-slate-100 stroke-[2.5] dark:fill-slate-600 ${INK}`} />
      <circle cx={11} cy={298} r={5} className={POWER_FILL} />
      <path d="M20 290h282M41 290v170h18" className={`fill-none stroke-[4] ${POWER}`} strokeLinejoin="round" />
      <Lamp x={100} y={290} drop={6} />
      <Lamp x={196} y={290} drop={6} />
      <Lamp x={58} y={460} drop={4} />
    </g>
  );
}

function BuildingArt() {
  const inner = BLD.x + BLD.wall;
  const right = SHAFT.x + SHAFT.w;
  const innerRight = BLD.x + BLD.w - BLD.wall;
  const unit = 'fill-sky-50 dark:fill-slate-800';
  const slab = 'fill-slate-400 dark:fill-slate-500';
  return (
    <g>
      {/* Roof: parapet, plants on the penthouse terrace, the shared water tank. */}
      <rect x={BLD.x - 6} y={158} width={BLD.w + 12} height={10} rx={2} className={`fill-slate-500 stroke-2 dark:fill-slate-400 ${INK}`} />
      <rect x={BLD.x} y={BLD.y} width={BLD.w} height={BLD.h} className={`fill-slate-400 stroke-[3] dark:fill-slate-500 ${INK}`} />
      {/* Penthouse: the whole top floor. */}
      <rect x={inner} y={174} width={innerRight - inner} height={106} className="fill-violet-100 dark:fill-violet-950" />
      {/* Flats on the other floors, left and right of the shaft. */}
      {[288, 406, 524].map((y) => (
        <g key={y}>
          <rect x={inner} y={y} width={SHAFT.x - inner} height={y === 524 ? 116 : 110} className={y === 288 ? 'fill-teal-100 dark:fill-teal-950' : unit} />
          <rect x={right} y={y} width={innerRight - right} height={y === 524 ? 116 : 110} className={unit} />
        </g>
      ))}
      {[280, 398, 516].map((y) => (
        <rect key={y} x={inner} y={y} width={innerRight - inner} height={8} className={slab} />
      ))}
      {/* Windows, furniture and doors. */}
      <Window x={372} y={236} w={60} />
      <Window x={600} y={194} w={60} />
      <rect x={600} y={252} width={64} height={16} rx={5} className="fill-violet-500 dark:fill-violet-400" />
      <rect x={598} y={262} width={68} height={16} rx={5} className={`fill-violet-400 stroke-2 dark:fill-violet-300 ${INK}`} />
      <rect x={370} y={372} width={54} height={18} rx={3} className={`fill-white stroke-2 ${INK}`} />
      <rect x={370} y={366} width={8} height={26} rx={2} className="fill-amber-800" />
      <Window x={370} y={422} />
      <Window x={640} y={422} w={40} />
      <Window x={580} y={560} w={40} />
      {[
        [484, 338],
        [484, 456],
        [552, 338],
        [552, 576],
      ].map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x! - 2} y={y} width={24} height={y === 576 ? 64 : 60} rx={2} className={`fill-amber-700 stroke-2 dark:fill-amber-600 ${INK}`} />
      ))}
      {/* The door that stands for namespaces: locked, like every other. */}
      <rect x={554} y={454} width={28} height={62} rx={2} className={`fill-amber-800 stroke-[2.5] dark:fill-amber-700 ${INK}`} />
      <circle cx={576} cy={486} r={3} className="fill-yellow-300" />
      <Padlock x={560} y={492} />
      {/* The service shaft with its three shared risers. */}
      <rect x={SHAFT.x} y={BLD.y} width={SHAFT.w} height={GROUND - BLD.y} className="fill-slate-200 stroke-2 dark:fill-slate-700 stroke-slate-500" />
      {/* Shared plumbing: the roof tank feeds every floor. */}
      <rect x={390} y={118} width={52} height={40} rx={6} className={`fill-sky-100 stroke-[2.5] dark:fill-sky-900 ${WATER}`} />
      <path d="M396 136q6-5 12 0t12 0t12 0" className={`fill-none stroke-2 ${WATER}`} />
      <path d={`M442 134h${SHAFT.x + 10 - 442}v502`} className={`fill-none stroke-[6] ${WATER}`} strokeLinejoin="round" />
      {[254, 372, 476, 612].map((y) => (
        <path key={y} d={`M${SHAFT.x + 10} ${y}h-${y === 476 ? 72 : 14}`} className={`stroke-[5] ${WATER}`} />
      ))}
      <path d="M438 476v10" className={`stroke-[4] ${WATER}`} />
      <rect x={416} y={486} width={40} height={30} rx={2} className={`fill-slate-100 stroke-2 dark:fill-slate-400 ${INK}`} />
      {/* Shared heating and wiring: the central boiler and main panel in the ground-floor utility room. */}
      <path d={`M393 572V556H${SHAFT.x + 18}V206`} className={`fill-none stroke-[6] ${HEAT}`} strokeLinejoin="round" />
      {[258, 378, 494].map((y) => (
        <path key={y} d={`M${SHAFT.x + 18} ${y}h${y === 378 ? 80 : 16}`} className={`stroke-[5] ${HEAT}`} />
      ))}
      <Radiator x={598} y={346} w={44} h={32} />
      <rect x={372} y={572} width={42} height={64} rx={4} className={`fill-red-100 stroke-[2.5] dark:fill-red-950 ${HEAT}`} />
      <path d="M393 620c-8-5-7-14 0-20 0 7 8 9 0 20Z" className={HEAT_FILL} />
      <path d={`M456 584H${SHAFT.x + 27}V206`} className={`fill-none stroke-[4] ${POWER}`} strokeLinejoin="round" />
      {[182, 296, 414].map((y) => (
        <path key={y} d={`M${SHAFT.x + 27} ${y + 8}h24`} className={`stroke-[3] ${POWER}`} />
      ))}
      <path d={`M${SHAFT.x + 27} 540h90`} className={`stroke-[3] ${POWER}`} />
      <Lamp x={SHAFT.x + 117} y={540} drop={8} />
      <rect x={428} y={560} width={28} height={48} rx={3} className={`fill-slate-100 stroke-[2.5] dark:fill-slate-600 ${INK}`} />
      <path d="M444 568l-7 13h8l-6 13" className={`fill-none stroke-[2.5] ${POWER}`} strokeLinejoin="round" />
    </g>
  );
}

/** The decorative drawing of diagram (a); hotspots and labels are laid over it. */
export function HouseApartmentArt() {
  return (
    <g aria-hidden="true">
      {/* Ground: grass, soil, and the building's shared foundation below the street. */}
      <rect x={0} y={GROUND} width={720} height={100} className="fill-stone-200 dark:fill-stone-800" />
      <rect x={0} y={GROUND} width={720} height={6} className="fill-green-600 dark:fill-green-700" />
      <rect x={BLD.x - 14} y={GROUND} width={BLD.w + 28} height={70} className="fill-stone-400 stroke-[3] stroke-stone-600 dark:fill-stone-600 dark:stroke-stone-400" />
      <path
        d={Array.from({ length: 13 }, (_, i) => `M${BLD.x - 6 + i * 28} ${GROUND + 66}l24 -24`).join('')}
        className="stroke-stone-500 stroke-2 dark:stroke-stone-500"
      />
      <HouseArt />
      <BuildingArt />
    </g>
  );
}
