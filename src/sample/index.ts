/** The sample province: a synthetic Hà Tĩnh for the sample workbook, the demo, tests and benchmarks. */
export type { ProvinceOptions, SampleProvince, SampleTable } from './province';
export { DEFAULT_SEED, DEFAULT_START_MONTH, PEOPLE_HEADERS, UNIT_HEADERS, generateProvince } from './province';
export type { Cell } from './people';
export { ACTING_HEAD, CARING_FOR_INFANT } from './people';
export { toStaffing } from './staffing';
export { Random, mulberry32 } from './random';
