import type { IssueCode } from './issues';

/**
 * The legal basis of each rule value the settings hold (DOMAIN.md): from when it applies, and how sure
 * the value is; the texts it comes from are named in each language (i18n `rules.basis`). The value itself is a setting (settings.ts), which a scenario may change;
 * this says where the default comes from, for the summary and the issues sheet to cite.
 */

/** confirmed: in the text or in news quoting it; secondary: a secondary source only; unconfirmed: to be checked. */
export type RuleStatus = 'confirmed' | 'secondary' | 'unconfirmed';

/** The texts themselves are named in the report's language (i18n: `rules.basis`). */
export interface RuleBasis {
  /** 'YYYY-MM-DD' the rule applies from, or null when none is known. */
  readonly from: string | null;
  readonly status: RuleStatus;
}

export type RuleKey =
  | 'retirementTable'
  | 'maxTitlesPerPerson'
  | 'deputyCaps'
  | 'pooledCaps'
  | 'parentDeputyCap'
  | 'restructuringMonth'
  | 'mergeGraceMonths'
  | 'rotationMinMonths'
  | 'rotationMinYearsLeft'
  | 'secondmentMaxMonths'
  | 'earlyRetirementMaxYearsLeft'
  | 'resignationMinYearsLeft'
  | 'powerConcentration';

export const RULES: Readonly<Record<RuleKey, RuleBasis>> = {
  retirementTable: { from: '2021-01-01', status: 'secondary' },
  maxTitlesPerPerson: { from: null, status: 'unconfirmed' },
  deputyCaps: { from: '2026-01-01', status: 'confirmed' },
  pooledCaps: { from: '2025-11-17', status: 'confirmed' },
  parentDeputyCap: { from: '2026-01-01', status: 'confirmed' },
  restructuringMonth: { from: '2025-07-01', status: 'confirmed' },
  mergeGraceMonths: { from: '2026-01-01', status: 'confirmed' },
  rotationMinMonths: { from: '2022-04-28', status: 'confirmed' },
  rotationMinYearsLeft: { from: '2025-07-01', status: 'secondary' },
  secondmentMaxMonths: { from: '2025-07-01', status: 'secondary' },
  earlyRetirementMaxYearsLeft: { from: '2025-01-01', status: 'confirmed' },
  resignationMinYearsLeft: { from: '2025-01-01', status: 'confirmed' },
  powerConcentration: { from: null, status: 'unconfirmed' },
};

/** The rule each issue checks, where it checks one. */
export const ISSUE_RULES: Readonly<Partial<Record<IssueCode, RuleKey>>> = {
  tooManyTitles: 'maxTitlesPerPerson',
  secondmentTooLong: 'secondmentMaxMonths',
  rotationTooShort: 'rotationMinMonths',
  rotationFewYearsLeft: 'rotationMinYearsLeft',
  excessDeputies: 'mergeGraceMonths',
  excessDeputiesBeyondGrace: 'mergeGraceMonths',
  excessDeputiesNoProjection: 'deputyCaps',
  powerConcentration: 'powerConcentration',
  pooledCapExceeded: 'pooledCaps',
  pooledCapBeyondDeadline: 'pooledCaps',
  pooledCapNoProjection: 'pooledCaps',
  deputiesAboveParent: 'parentDeputyCap',
  deputiesAboveParentNoProjection: 'parentDeputyCap',
  retiredBeforeStart: 'retirementTable',
  earlyRetirementNotEligible: 'earlyRetirementMaxYearsLeft',
  resignationNotEligible: 'resignationMinYearsLeft',
  resignationWhileEarlyRetirementAge: 'earlyRetirementMaxYearsLeft',
};
