import type { Role, Scalar } from './model';
import type { PartialSettings } from './settings';

/**
 * Scenarios and their operations, as plain data. Every operation has a single form (ids) and a
 * rule form (`where` filters), so "in every commune" is the same operation as "in this commune".
 */

export type FilterOp = 'eq' | 'ne' | 'in' | 'notIn' | 'contains' | 'startsWith' | 'gt' | 'gte' | 'lt' | 'lte';

/**
 * A condition on a field. Unit fields: id, name, level, kind, locality, parent, quota, deputyCap, or any
 * extra column by its header. Person fields: id, name, title, role, gender, age, yearsToRetirement,
 * birthYear, or any extra column; `unit.<field>` reads the person's current unit.
 * Text compares case-insensitively, ignoring extra spaces.
 */
export interface Filter {
  readonly field: string;
  readonly op?: FilterOp;
  readonly value: Scalar | readonly Scalar[];
}

export type UnitSelector = { readonly ids: readonly string[] } | { readonly where: readonly Filter[] };

export type PersonSelector =
  | { readonly ids: readonly string[] }
  | {
      readonly where: readonly Filter[];
      /** At most this many people (in table order), per value of `limitPer` (a unit field) when given. */
      readonly limit?: number;
      readonly limitPer?: string;
    };

/**
 * Where a person goes: a unit (or, in rule form, the matching unit with the most vacancies). Several
 * people of one operation may each go to their own unit: by rule (one each with `perUnit: 1`), or as
 * picked (`assign: 'inOrder'`).
 */
export interface PostTarget {
  readonly unit: UnitSelector;
  /** Rule form: the destination must share this unit field with the person's unit (e.g. 'Huyện'). */
  readonly within?: string;
  /** At most this many of the operation's people go to one unit ('one each': 1). */
  readonly perUnit?: number;
  /**
   * A person field (e.g. 'Vị trí việc làm'): a person goes only where no one present has their value of
   * it, so a specialist goes where the specialty is missing.
   */
  readonly lacking?: string;
  /** 'inOrder': the units are named (single form) and the n-th person goes to the n-th unit. */
  readonly assign?: 'inOrder';
  /** The title taken; default the person's own title. */
  readonly title?: string;
  /** Default: inferred from the title taken (the given one, else the person's own). */
  readonly role?: Role;
}

/** A title in a unit: matched by title (case- and space-insensitive) and/or by role. */
export interface PostMatch {
  readonly units: UnitSelector;
  readonly title?: string;
  readonly role?: Role;
}

interface OperationBase {
  /** 'YYYY-MM': takes effect at the start of this month. */
  readonly month: string;
  readonly note?: string;
}

/** 1. Nhất thể hóa: the holder of one post also takes another (paired by `pairBy` in rule form). */
export interface ConcurrentTitlesOp extends OperationBase {
  readonly type: 'concurrentTitles';
  readonly holder: PostMatch;
  readonly target: PostMatch;
  /** Unit field that pairs holder and target units in rule form; default 'locality'. */
  readonly pairBy?: string;
  /** What happens to the former holder of the target post; default 'surplus'. */
  readonly formerHolder?: 'vacancy' | 'deputy' | 'surplus';
  /** The target unit's quota drops by one (the post saved); default true. */
  readonly cutQuota?: boolean;
}

export type MergeQuota =
  | { readonly mode: 'sum' }
  | { readonly mode: 'sumMinus'; readonly value: number }
  | { readonly mode: 'sumMinusPercent'; readonly value: number }
  | { readonly mode: 'fixed'; readonly value: number };

/** 2. Hợp nhất: units become one (per value of `groupBy` in rule form). */
export interface MergeOp extends OperationBase {
  readonly type: 'merge';
  readonly units: UnitSelector;
  /** Rule form: merge the selected units that share this unit field (e.g. 'locality'). */
  readonly groupBy?: string;
  /**
   * The merged unit. Without `id` the first unit absorbs the others. `id`, `name` may use {first}
   * (the first unit's id), {firstName} and {group} (the groupBy value).
   */
  readonly into?: { readonly id?: string; readonly name?: string; readonly kind?: string };
  readonly quota?: MergeQuota;
  /** Person id of the head of the merged unit; default the head of the first unit. */
  readonly headId?: string;
  /** Deputy cap of the merged unit; default the first unit's cap. */
  readonly deputyCap?: number;
}

/** 3. Luân chuyển. */
export interface RotationOp extends OperationBase {
  readonly type: 'rotation';
  readonly people: PersonSelector;
  readonly to: PostTarget;
  /** Default 36. */
  readonly durationMonths?: number;
  /** Whose quota counts the person while away; default 'destination'. */
  readonly quotaAt?: 'destination' | 'origin';
  /** Default 'origin'. */
  readonly onReturn?: 'origin' | 'sameLevelVacancy' | 'stay';
}

/** 4. Biệt phái: stays on the origin's roster and quota, works at the host. */
export interface SecondmentOp extends OperationBase {
  readonly type: 'secondment';
  readonly people: PersonSelector;
  readonly to: PostTarget;
  /** Default 36; more than settings.secondmentMaxMonths is an error. */
  readonly durationMonths?: number;
}

export type QuotaChange =
  | { readonly mode: 'set'; readonly value: number }
  | { readonly mode: 'cut'; readonly value: number }
  | { readonly mode: 'cutPercent'; readonly value: number };

/** 5. Tinh giản: set or cut quotas from a month. */
export interface QuotaChangeOp extends OperationBase {
  readonly type: 'quotaChange';
  readonly units: UnitSelector;
  readonly change: QuotaChange;
}

/** 6a. Điều động: move people to another unit and title, for good. */
export interface MoveOp extends OperationBase {
  readonly type: 'move';
  readonly people: PersonSelector;
  readonly to: PostTarget;
  /**
   * Rebalancing: a person moves only while their unit is above its quota, and only to a unit below its
   * quota; the units still above or below afterwards are reported.
   */
  readonly untilBalanced?: boolean;
}

/** 6b. Abolish units; their people go elsewhere or are left without post. */
export interface AbolishOp extends OperationBase {
  readonly type: 'abolish';
  readonly units: UnitSelector;
  /** Default 'withoutPost'. */
  readonly people?: 'withoutPost' | { readonly to: PostTarget };
}

/** The policies under which a person leaves before the statutory retirement month. */
export type ExitPolicy = 'earlyRetirement' | 'resignation' | 'other';

export const EXIT_POLICIES: readonly ExitPolicy[] = ['earlyRetirement', 'resignation', 'other'];

/** The policy an exit's change names in its detail ('other' for anything else). */
export function exitPolicyOf(detail: string | null): ExitPolicy {
  return EXIT_POLICIES.find((p) => p === detail) ?? 'other';
}

/**
 * 7. Nghỉ theo chính sách: people leave from the month, under a policy (NĐ 178/2024 am. NĐ 67/2025:
 * early retirement, art. 7; resignation, art. 9–10; or another, such as NĐ 154/2025 streamlining).
 * Their posts and quota are freed as by a retirement.
 */
export interface ExitOp extends OperationBase {
  readonly type: 'exit';
  readonly people: PersonSelector;
  readonly policy: ExitPolicy;
}

export type Operation =
  | ConcurrentTitlesOp
  | MergeOp
  | RotationOp
  | SecondmentOp
  | QuotaChangeOp
  | MoveOp
  | AbolishOp
  | ExitOp;

export type OperationType = Operation['type'];

export const OPERATION_TYPES: readonly OperationType[] = [
  'concurrentTitles', 'merge', 'rotation', 'secondment', 'quotaChange', 'move', 'abolish', 'exit',
];

export interface Scenario {
  /** Short code: starts the names of the scenario's sheets. Letters, digits, '-', '_'; ≤ 12 characters. */
  readonly code: string;
  readonly name: string;
  readonly description?: string;
  readonly settings?: PartialSettings;
  readonly operations: readonly Operation[];
}

/** Where an operation selects units or people. */
export type SelectorPlace = 'units' | 'people' | 'holder' | 'target' | 'to';

/**
 * The selectors of an operation written as a rule with no condition: such a rule selects every unit
 * (or person), which a planner rarely means and which a slip of the keyboard can cause.
 */
export function rulesWithoutCondition(op: Operation): SelectorPlace[] {
  const empty = (s: UnitSelector | PersonSelector | undefined): boolean => s !== undefined && 'where' in s && s.where.length === 0;
  const found: SelectorPlace[] = [];
  switch (op.type) {
    case 'concurrentTitles':
      if (empty(op.holder.units)) found.push('holder');
      if (empty(op.target.units)) found.push('target');
      break;
    case 'merge':
    case 'quotaChange':
      if (empty(op.units)) found.push('units');
      break;
    case 'rotation':
    case 'secondment':
    case 'move':
      if (empty(op.people)) found.push('people');
      if (empty(op.to.unit)) found.push('to');
      break;
    case 'abolish':
      if (empty(op.units)) found.push('units');
      if (op.people !== undefined && op.people !== 'withoutPost' && empty(op.people.to.unit)) found.push('to');
      break;
    case 'exit':
      if (empty(op.people)) found.push('people');
      break;
  }
  return found;
}
