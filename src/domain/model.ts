import type { Month } from './month';

export type Role = 'head' | 'deputy' | 'staff';
export type Gender = 'M' | 'F';

/** A value of an extra column, parsed once at the boundary. Dates are ISO 'yyyy-mm-dd' strings. */
export type Scalar = string | number | boolean | null;

/** Where a record came from in the planner's workbook, so problems and results can point back to it. */
export interface SourceRef {
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
}

export interface Unit {
  readonly id: string;
  readonly name: string;
  /** Levels are data (Tỉnh / Huyện / Xã, or any labels). */
  readonly level: string;
  readonly kind: string | null;
  readonly locality: string | null;
  readonly parent: string | null;
  readonly quota: number;
  /** Explicit cap on deputies; null means the default for the level from the settings. */
  readonly deputyCap: number | null;
  /** Every other column, by its header as written. */
  readonly extra: Readonly<Record<string, Scalar>>;
  readonly source?: SourceRef;
}

export interface Post {
  readonly unitId: string;
  readonly title: string;
  readonly role: Role;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  /** ISO 'yyyy-mm-dd' (a year alone is read as 1 January), or null when unknown. */
  readonly birthDate: string | null;
  /** Month of birth, derived from birthDate; what the retirement rule needs. */
  readonly birthMonth: Month | null;
  readonly gender: Gender | null;
  readonly unitId: string;
  readonly title: string;
  readonly role: Role;
  /** Concurrent titles held at the start (free text, as in the input). */
  readonly concurrentTitles: readonly string[];
  /**
   * The first month the person no longer works, when the table gives it (later or early retirement,
   * resignation, any decided exit): used instead of the statutory retirement month.
   */
  readonly leavesFrom?: Month;
  readonly extra: Readonly<Record<string, Scalar>>;
  readonly source?: SourceRef;
}

export interface Staffing {
  readonly units: readonly Unit[];
  readonly people: readonly Person[];
}
