/**
 * Findings of a simulation, as values. Texts live in src/i18n (one file per language), keyed by code;
 * `params` fill the placeholders.
 */
export type Severity = 'error' | 'warning' | 'info';

export type IssueCode =
  // operations that cannot be applied as written
  | 'unknownUnit'
  | 'unknownPerson'
  | 'noMatch'
  | 'personNotAvailable'
  | 'unitClosed'
  | 'unitMerged'
  | 'postNotFound'
  | 'noDestination'
  | 'tooManyTitles'
  | 'unknownField'
  | 'secondmentTooLong'
  // consequences worth a planner's attention
  | 'rotationTooShort'
  | 'rotationFewYearsLeft'
  | 'returnConflict'
  | 'withoutPost'
  | 'destinationFull'
  | 'secondHead'
  | 'deputyAboveCap'
  | 'mergedQuotaAboveTotal'
  | 'excessDeputies'
  | 'excessDeputiesBeyondGrace'
  | 'excessDeputiesNoProjection'
  | 'pooledCapExceeded'
  | 'pooledCapBeyondDeadline'
  | 'pooledCapNoProjection'
  | 'deputiesAboveParent'
  | 'deputiesAboveParentNoProjection'
  | 'stillAboveQuota'
  | 'stillBelowQuota'
  | 'powerConcentration'
  | 'unitWithoutHead'
  | 'outsideHorizon'
  // the input as it stands at the first month
  | 'retiredBeforeStart'
  | 'leftBeforeStart'
  | 'earlyRetirementNotEligible'
  | 'resignationNotEligible'
  | 'resignationWhileEarlyRetirementAge'
  | 'exitUnchecked';

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** 'YYYY-MM' */
  readonly month: string;
  /** Index of the operation in the scenario, when an operation caused it. */
  readonly operation: number | null;
  readonly personId: string | null;
  readonly unitId: string | null;
  readonly params: Readonly<Record<string, string | number>>;
}
