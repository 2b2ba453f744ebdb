/**
 * Scenario settings. Every rule the engine applies is here, with a default and, for legal rules,
 * the date it takes effect and its source, so that a change in the law is a change of data.
 */

import type { Filter } from './scenario';
import { normalizeText } from './text';

export type HiringPolicy = 'freeze' | 'fill';

/**
 * A cap on deputies as an average over a set of units rather than per unit (NĐ 300/2025 art. 6: the
 * vice-chairs of all commune people's committees of a province, 2.5 on average; the offices of a
 * commune, 2): the deputies of the set may number at most `average` × its open units, rounded down.
 */
export interface PooledCap {
  /** Said in reports: 'Phó Chủ tịch UBND xã'. */
  readonly name: string;
  /** Which units are pooled (conditions on unit fields, as in a rule). */
  readonly units: readonly Filter[];
  /** One pool per value of this unit field ('locality': each commune's offices); default one pool. */
  readonly groupBy?: string;
  readonly average: number;
}

/** Retirement age for people who reach it in a calendar year from `fromYear` on (until the next row). */
export interface RetirementAgeRule {
  readonly fromYear: number;
  /** Age in whole months. */
  readonly menMonths: number;
  readonly womenMonths: number;
  readonly source: string;
}

export interface Settings {
  /** 'YYYY-MM'; the first simulated month. */
  readonly startMonth: string;
  readonly horizonMonths: number;
  readonly hiring: { readonly policy: HiringPolicy; readonly lagMonths: number };
  readonly retirement: { readonly enabled: boolean; readonly table: readonly RetirementAgeRule[] };
  readonly maxTitlesPerPerson: number;
  /** Deputy cap by level label; levels not listed use `deputyCapDefault`. */
  readonly deputyCapByLevel: Readonly<Record<string, number>>;
  readonly deputyCapDefault: number;
  /** Months after a merger within which excess deputies must be gone (NĐ 370/2025, NQ 76/2025). */
  readonly mergeGraceMonths: number;
  /**
   * 'YYYY-MM' the restructuring decision took effect (the two-level state: 2025-07): pooled caps and
   * sub-units' deputies must be within their caps `mergeGraceMonths` after it.
   */
  readonly restructuringMonth: string;
  readonly pooledCaps: readonly PooledCap[];
  /** A sub-unit may not have more deputies than its parent (NĐ 370/2025; KL 187-KL/TW). */
  readonly parentDeputyCap: boolean;
  /** Rotations shorter than this are warned about (QĐ 65-QĐ/TW: at least 36 months). */
  readonly rotationMinMonths: number;
  /** Candidates for rotation should have this many years of service left. */
  readonly rotationMinYearsLeft: number;
  /** Secondments longer than this are errors (NĐ 170/2025: at most 36 months). */
  readonly secondmentMaxMonths: number;
  /** Early retirement: at most this many years to the statutory age (NĐ 178/2024 art. 7: 10; 5 in hard areas). */
  readonly earlyRetirementMaxYearsLeft: number;
  /** Resignation under the policy: at least this many years to the statutory age (NĐ 178/2024 art. 9–10: 2). */
  readonly resignationMinYearsLeft: number;
  /**
   * Power-concentration flag: unit kinds (matched case-insensitively as prefixes) of the party
   * committee and of the people's committee of a locality.
   */
  readonly partyCommitteeKinds: readonly string[];
  readonly peopleCommitteeKinds: readonly string[];
}

const LABOUR_CODE = 'Bộ luật Lao động 2019 Đ.169; NĐ 135/2020';

/** Labour Code 2019 art. 169 and NĐ 135/2020: 3 months a year for men to 62, 4 for women to 60. */
export const DEFAULT_RETIREMENT_TABLE: readonly RetirementAgeRule[] = (() => {
  const rows: RetirementAgeRule[] = [
    { fromYear: 1900, menMonths: 60 * 12, womenMonths: 55 * 12, source: 'Bộ luật Lao động 2012 Đ.187' },
  ];
  for (let year = 2021; year <= 2035; year++) {
    const k = year - 2021;
    rows.push({
      fromYear: year,
      menMonths: Math.min(60 * 12 + 3 * (k + 1), 62 * 12),
      womenMonths: Math.min(55 * 12 + 4 * (k + 1), 60 * 12),
      source: LABOUR_CODE,
    });
  }
  return rows;
})();

export const DEFAULT_SETTINGS: Omit<Settings, 'startMonth'> = {
  horizonMonths: 60,
  hiring: { policy: 'freeze', lagMonths: 6 },
  retirement: { enabled: true, table: DEFAULT_RETIREMENT_TABLE },
  maxTitlesPerPerson: 2,
  deputyCapByLevel: { 'Tỉnh': 3, 'Huyện': 2, 'Xã': 2 },
  deputyCapDefault: 2,
  mergeGraceMonths: 60,
  restructuringMonth: '2025-07',
  pooledCaps: [
    // NĐ 300/2025 art. 6: province-wide.
    { name: 'Phó Chủ tịch UBND xã', units: [{ field: 'kind', value: 'UBND xã' }], average: 2.5 },
    // Government resolution of 2025-10-15: within each commune.
    {
      name: 'Cấp phó các phòng, Trung tâm Phục vụ hành chính công xã',
      units: [{
        field: 'kind', op: 'in',
        value: ['Văn phòng HĐND và UBND xã', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công'],
      }],
      groupBy: 'locality',
      average: 2,
    },
    // NĐ 150/2025 am. NĐ 370/2025: departments of the province.
    { name: 'Phó Giám đốc sở', units: [{ field: 'kind', op: 'startsWith', value: 'Sở' }, { field: 'level', value: 'Tỉnh' }], average: 3 },
  ],
  parentDeputyCap: true,
  rotationMinMonths: 36,
  rotationMinYearsLeft: 10,
  secondmentMaxMonths: 36,
  earlyRetirementMaxYearsLeft: 10,
  resignationMinYearsLeft: 2,
  partyCommitteeKinds: ['Đảng ủy', 'Huyện ủy', 'Thị ủy', 'Thành ủy', 'Tỉnh ủy'],
  peopleCommitteeKinds: ['UBND', 'Ủy ban nhân dân'],
};

/**
 * Whether a unit's kind is one of `kinds` (the committee kinds above): it starts with one, compared as
 * texts are (case, spacing, composition aside).
 */
export function kindIn(kind: string | null, kinds: readonly string[]): boolean {
  if (kind === null) return false;
  const k = normalizeText(kind);
  // Indexed, not some(): this runs for every person holding two posts, in every month.
  for (let i = 0; i < kinds.length; i++) if (k.startsWith(normalizeText(kinds[i]))) return true;
  return false;
}

/** Settings given in a scenario override the defaults field by field (nested objects too). */
export function resolveSettings(startMonth: string, partial: PartialSettings | undefined): Settings {
  const p = partial ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...p,
    startMonth: p.startMonth ?? startMonth,
    hiring: { ...DEFAULT_SETTINGS.hiring, ...p.hiring },
    retirement: { ...DEFAULT_SETTINGS.retirement, ...p.retirement },
    deputyCapByLevel: { ...DEFAULT_SETTINGS.deputyCapByLevel, ...p.deputyCapByLevel },
  } as Settings;
}

export type PartialSettings = Partial<Omit<Settings, 'hiring' | 'retirement'>> & {
  readonly hiring?: Partial<Settings['hiring']>;
  readonly retirement?: Partial<Settings['retirement']>;
};
