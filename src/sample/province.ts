import { parseMonth } from '../domain/month';
import type { Scenario } from '../domain/scenario';
import type { Cell } from './people';
import { generatePeople } from './people';
import { Random } from './random';
import { communesFor, COMMUNES } from './communes';
import { exampleScenarios } from './scenarios';
import { twoLevelScenarios } from './twoLevelScenarios';
import { planTwoLevelUnits } from './twoLevelUnits';
import type { PlannedUnit } from './units';
import { headcountOf, planUnits } from './units';

/**
 * The shape of the sample: the state since 2025-07-01 (province and communes: the default of the
 * command line and the demo) or the three levels before it (province, districts, communes).
 */
export type SampleShape = 'two-level' | 'three-level';
export const SAMPLE_SHAPES: readonly SampleShape[] = ['two-level', 'three-level'];
export const DEFAULT_SHAPE: SampleShape = 'two-level';

/**
 * A synthetic province in the shape of Hà Tĩnh, before 2025 or since, as a planner would type it in Excel:
 * a unit table and a people table with Vietnamese headers, and the example scenarios. Deterministic:
 * the same options give the same tables, to the cell.
 */

export interface ProvinceOptions {
  readonly seed?: number;
  /**
   * Target number of people; default the real shape (three levels: 13 districts, 216 communes, about
   * 6,500 people; two levels: 69 communes, about 5,500).
   * Met within a fraction of a percent from about 1,000 up; below about 750 the 13 districts with their
   * bodies and one commune each are the floor.
   */
  readonly people?: number;
  /** 'YYYY-MM': ages and scenario months are placed relative to it. Default '2026-01'. */
  readonly startMonth?: string;
}

export interface SampleTable {
  readonly sheet: string;
  /** Excel table name. */
  readonly tableName: string;
  readonly header: string[];
  readonly rows: Cell[][];
}

export interface SampleProvince {
  readonly units: SampleTable;
  readonly people: SampleTable;
  readonly scenarios: Scenario[];
}

export const DEFAULT_SEED = 2025;
export const DEFAULT_START_MONTH = '2026-01';

export const UNIT_HEADERS = [
  'Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Loại đơn vị', 'Địa bàn', 'Huyện', 'Trực thuộc', 'Biên chế', 'Số cấp phó tối đa',
];

/** The two-level sample: the district a commune was merged from, and each person's job position. */
export const TWO_LEVEL_UNIT_HEADERS = [...UNIT_HEADERS.map((h) => (h === 'Huyện' ? 'Huyện cũ' : h)), 'Tọa độ'];

export const PEOPLE_HEADERS = [
  'STT', 'Mã cán bộ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã đơn vị', 'Chức vụ', 'Chức vụ kiêm nhiệm',
  'Trình độ chuyên môn', 'Lý luận chính trị', 'Ngày bổ nhiệm', 'Ghi chú',
];

/**
 * Units for a target headcount. People per unit grow with the square root of the size (capped, so
 * units stay between about 10 and 25 people at large sizes) and the number of communes and offices
 * takes the rest; the commune factor is found by the secant method, the headcount being nearly
 * linear in it, to within 0.1 % of the target or the closest of a few tries.
 */
function unitsFor(root: Random, people: number | undefined): PlannedUnit[] {
  const build = (units: number, staff: number): PlannedUnit[] => planUnits(root.fork('units'), { units, staff });
  const natural = build(1, 1);
  if (people === undefined) return natural;
  const ratio = people / headcountOf(natural);
  const staff = Math.min(2.5, Math.max(0.3, Math.sqrt(ratio)));
  const tolerance = Math.max(1, people * 0.001);
  let best = natural;
  let bestGap = Infinity;
  const tryFactor = (units: number): number => {
    const plan = build(units, staff);
    const n = headcountOf(plan);
    if (Math.abs(n - people) < bestGap) {
      best = plan;
      bestGap = Math.abs(n - people);
    }
    return n;
  };
  let x0 = ratio / staff;
  let n0 = tryFactor(x0);
  // Headcount is roughly proportional to the factor: a good second point.
  let x1 = x0 * (people / n0);
  for (let i = 0; i < 10 && bestGap > tolerance; i++) {
    const n1 = tryFactor(x1);
    if (n1 === n0) break;
    const next = Math.max(0.001, x1 + ((people - n1) * (x1 - x0)) / (n1 - n0));
    [x0, n0, x1] = [x1, n1, next];
  }
  return best;
}

function unitRow(u: PlannedUnit): Cell[] {
  return [u.id, u.name, u.level, u.kind, u.locality, u.district, u.parent, u.quota, u.deputyCap];
}

/** The three-level sample (before 2025-07-01): 13 districts and 216 communes. */
export function generateProvince(options: ProvinceOptions = {}): SampleProvince {
  const { seed, start } = checkOptions(options);

  const root = new Random(seed);
  const units = unitsFor(root, options.people);
  const people = generatePeople(units, root.fork('people'), start);
  return {
    units: { sheet: 'Đơn vị', tableName: 'DonVi', header: [...UNIT_HEADERS], rows: units.map(unitRow) },
    people: { sheet: 'Cán bộ', tableName: 'CanBo', header: [...PEOPLE_HEADERS], rows: people.rows },
    scenarios: exampleScenarios(start, units, people.records),
  };
}

export const TWO_LEVEL_PEOPLE_HEADERS = PEOPLE_HEADERS.flatMap((h) => (h === 'Chức vụ kiêm nhiệm' ? [h, 'Vị trí việc làm'] : [h]));

/** About this many people work in a commune of the two-level sample (its bodies and the imbalance). */
const PEOPLE_PER_COMMUNE = 60;

function checkOptions(options: ProvinceOptions): { seed: number; start: number } {
  const seed = options.seed ?? DEFAULT_SEED;
  const startText = options.startMonth ?? DEFAULT_START_MONTH;
  const start = parseMonth(startText);
  if (start === null) throw new RangeError(`startMonth must be 'YYYY-MM', got '${startText}'`);
  if (options.people !== undefined && !(Number.isFinite(options.people) && options.people >= 1)) {
    throw new RangeError(`people must be a positive number, got ${options.people}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return { seed, start };
}

/**
 * Hà Tĩnh since 2025-07-01 (DOMAIN.md, "A two-level sample province"): the provincial bodies and 69
 * communes and wards with the imbalance the province reported, and the scenarios a planner of 2026
 * runs. `people` changes the number of communes (about 60 people each; at least one); the provincial
 * bodies, about 1,300 people, stay as they are.
 */
export function generateTwoLevelProvince(options: ProvinceOptions = {}): SampleProvince {
  const { seed, start } = checkOptions(options);
  const root = new Random(seed);
  let communes = COMMUNES.length;
  if (options.people !== undefined) {
    const natural = planTwoLevelUnits(communesFor(communes, root.fork('names')), root.fork('units'));
    const province = headcountOf(natural.filter((u) => u.level === 'Tỉnh'));
    const perCommune = (headcountOf(natural) - province) / communes || PEOPLE_PER_COMMUNE;
    communes = Math.max(1, Math.round((options.people - province) / perCommune));
  }
  const units = planTwoLevelUnits(communesFor(communes, root.fork('names')), root.fork('units'));
  const people = generatePeople(units, root.fork('people'), start, true);
  return {
    units: { sheet: 'Đơn vị', tableName: 'DonVi', header: [...TWO_LEVEL_UNIT_HEADERS], rows: units.map((u) => [...unitRow(u), u.coordinates ?? '']) },
    people: { sheet: 'Cán bộ', tableName: 'CanBo', header: [...TWO_LEVEL_PEOPLE_HEADERS], rows: people.rows },
    scenarios: twoLevelScenarios(start, units, people.records),
  };
}

/** The sample of a shape: what `staffing-planner sample` writes and the demo opens. */
export function generateSample(shape: SampleShape, options: ProvinceOptions = {}): SampleProvince {
  return shape === 'two-level' ? generateTwoLevelProvince(options) : generateProvince(options);
}
