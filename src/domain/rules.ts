import type { IssueCode } from './issues';

/**
 * The legal basis of each rule value the settings hold (DOMAIN.md): the text it comes from, from when,
 * and how sure the value is. The value itself is a setting (settings.ts), which a scenario may change;
 * this says where the default comes from, for the summary and the issues sheet to cite.
 */

/** confirmed: in the text or in news quoting it; secondary: a secondary source only; unconfirmed: to be checked. */
export type RuleStatus = 'confirmed' | 'secondary' | 'unconfirmed';

export interface RuleBasis {
  /** The legal references, as Vietnamese documents cite them. */
  readonly basis: string;
  /** 'YYYY-MM-DD' the rule applies from, or null when none is known. */
  readonly from: string | null;
  readonly status: RuleStatus;
}

export type RuleKey =
  | 'retirementTable'
  | 'maxTitlesPerPerson'
  | 'deputyCaps'
  | 'mergeGraceMonths'
  | 'rotationMinMonths'
  | 'rotationMinYearsLeft'
  | 'secondmentMaxMonths'
  | 'earlyRetirementMaxYearsLeft'
  | 'resignationMinYearsLeft'
  | 'powerConcentration';

export const RULES: Readonly<Record<RuleKey, RuleBasis>> = {
  retirementTable: { basis: 'BLLĐ 2019 Đ.169; NĐ 135/2020 Đ.4, Phụ lục I–II', from: '2021-01-01', status: 'secondary' },
  maxTitlesPerPerson: { basis: 'Không có văn bản quy định; mặc định 2', from: null, status: 'unconfirmed' },
  deputyCaps: { basis: 'Sở: NĐ 150/2025 sđ NĐ 370/2025 (bình quân 3); phòng cấp huyện: NĐ 108/2020 (bình quân 2)', from: '2026-01-01', status: 'confirmed' },
  mergeGraceMonths: { basis: 'NĐ 370/2025; NQ 76/2025 (5 năm từ khi quyết định sắp xếp có hiệu lực)', from: '2026-01-01', status: 'confirmed' },
  rotationMinMonths: { basis: 'QĐ 65-QĐ/TW (ít nhất 36 tháng)', from: '2022-04-28', status: 'confirmed' },
  rotationMinYearsLeft: { basis: 'QĐ 65-QĐ/TW Đ.5; NĐ 138/2020 Đ.56(4) → NĐ 170/2025', from: '2025-07-01', status: 'secondary' },
  secondmentMaxMonths: { basis: 'Luật CBCC 2008 Đ.53, NĐ 138/2020 Đ.27 → Luật CBCC 2025, NĐ 170/2025', from: '2025-07-01', status: 'secondary' },
  earlyRetirementMaxYearsLeft: { basis: 'NĐ 178/2024 Đ.7 sđ NĐ 67/2025', from: '2025-01-01', status: 'confirmed' },
  resignationMinYearsLeft: { basis: 'NĐ 178/2024 Đ.9–10 sđ NĐ 67/2025', from: '2025-01-01', status: 'confirmed' },
  powerConcentration: { basis: 'Không có văn bản quy định; cờ khi một người đứng đầu cả cấp ủy và UBND', from: null, status: 'unconfirmed' },
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
  retiredBeforeStart: 'retirementTable',
  earlyRetirementNotEligible: 'earlyRetirementMaxYearsLeft',
  resignationNotEligible: 'resignationMinYearsLeft',
};
