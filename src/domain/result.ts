import type { Role } from './model';
import type { Issue } from './issues';
import type { Settings } from './settings';

/** Metrics per unit and month; sums for levels, localities and the total. */
export const METRICS = [
  'quota',
  'roster',
  'present',
  'vacancies',
  'surplus',
  'shortage',
  'heads',
  'deputies',
  'deputyCap',
  'excessDeputies',
  'headsMissing',
  'headsExcess',
  'multiTitle',
  'powerConcentration',
  'rotationsOut',
  'rotationsIn',
  'secondedOut',
  'secondedIn',
  'returns',
  'returnConflicts',
  'withoutPost',
  'retirements',
  'exits',
  'hires',
] as const;
export type Metric = (typeof METRICS)[number];

/** Flows count events in the month; the others are stocks (the state after the month's events). */
export const FLOW_METRICS: ReadonlySet<Metric> = new Set<Metric>([
  'rotationsOut', 'rotationsIn', 'returns', 'returnConflicts', 'retirements', 'exits', 'hires',
]);

/** For each metric, whether a higher value is worse (for "worst month") or better. */
export const WORSE_WHEN_HIGHER: Readonly<Record<Metric, boolean>> = {
  quota: false, roster: false, present: false, vacancies: true, surplus: true, shortage: true,
  heads: false, deputies: true, deputyCap: false, excessDeputies: true, headsMissing: true, headsExcess: true,
  multiTitle: true, powerConcentration: true, rotationsOut: true, rotationsIn: false,
  secondedOut: true, secondedIn: false, returns: false, returnConflicts: true, withoutPost: true,
  retirements: true, exits: true, hires: false,
};

/** A monthly series for each metric. */
export type SeriesSet = Readonly<Record<Metric, Int32Array>>;

export interface UnitInfo {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly locality: string | null;
  readonly kind: string | null;
  /** False for units created by the scenario (a new merged unit). */
  readonly inInput: boolean;
  /** 'YYYY-MM' from which it no longer exists (merged into another, or abolished), or null. */
  readonly closedFrom: string | null;
  /** The unit it was merged into, if any. */
  readonly mergedInto: string | null;
}

export interface Kpi {
  readonly metric: Metric;
  /** Stocks: the value in the input, before any operation or other event. Flows: null. */
  readonly before: number | null;
  /** The first simulated month, after its events. */
  readonly start: number;
  readonly end: number;
  /** Stocks: the worst value and its first month. Flows: the highest monthly count and its month. */
  readonly worst: number;
  /** Null when the value is the same every month. */
  readonly worstMonth: string | null;
  /** Flows: the total over the horizon. Stocks: null. */
  readonly total: number | null;
  /** Stocks that are bad when positive: the month from which they stay at zero after being positive, or null. */
  readonly clearedFrom: string | null;
}

export type ChangeKind =
  | 'concurrentTitle'
  | 'replacedByConcurrent'
  | 'mergedUnit'
  | 'headToDeputy'
  | 'rotatedOut'
  | 'returned'
  | 'returnConflict'
  | 'seconded'
  | 'secondmentEnded'
  | 'moved'
  | 'placed'
  | 'withoutPost'
  | 'retired'
  | 'exited'
  | 'hired'
  | 'appointed';

export interface PostRef {
  readonly unitId: string;
  readonly title: string;
  readonly role: Role;
}

export interface PersonChange {
  readonly personId: string;
  readonly name: string;
  /** 'YYYY-MM' */
  readonly month: string;
  readonly kind: ChangeKind;
  readonly from: PostRef | null;
  readonly to: PostRef | null;
  /** Index of the operation that caused it, or null (retirement, hiring). */
  readonly operation: number | null;
  /** Extra detail for the message (e.g. what is missing on a return conflict). */
  readonly detail: string | null;
}

/** A pooled deputy cap over a set of units (settings.pooledCaps), month by month. */
export interface PoolResult {
  readonly name: string;
  /** The value of the cap's `groupBy` field this pool is for ('Xã Nghi Xuân'); null for one pool. */
  readonly group: string | null;
  readonly average: number;
  /** Open units pooled, deputies, and deputies allowed (average × units, rounded down), per month. */
  readonly units: Int32Array;
  readonly deputies: Int32Array;
  readonly allowed: Int32Array;
  /** The same in the input, before any event. */
  readonly before: { readonly units: number; readonly deputies: number; readonly allowed: number };
}

export interface ScenarioResult {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly settings: Settings;
  /** 'YYYY-MM' of each simulated month. */
  readonly months: readonly string[];
  readonly units: readonly UnitInfo[];
  /** Per unit, same order as `units`. */
  readonly unitSeries: readonly SeriesSet[];
  readonly byLevel: Readonly<Record<string, SeriesSet>>;
  readonly byLocality: Readonly<Record<string, SeriesSet>>;
  readonly total: SeriesSet;
  readonly kpis: readonly Kpi[];
  readonly pools: readonly PoolResult[];
  /** People of the input (not hires) whose post changed because of an operation. */
  readonly peopleWithChangedPost: number;
  readonly changes: readonly PersonChange[];
  readonly issues: readonly Issue[];
}
