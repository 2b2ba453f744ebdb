/** The sample province: a synthetic Hà Tĩnh for the sample workbook, the demo, tests and benchmarks. */
export type { ProvinceOptions, SampleProvince, SampleTable } from './province';
export type { SampleShape } from './province';
export {
  DEFAULT_SEED, DEFAULT_SHAPE, DEFAULT_START_MONTH, PEOPLE_HEADERS, SAMPLE_SHAPES, TWO_LEVEL_PEOPLE_HEADERS, TWO_LEVEL_UNIT_HEADERS, UNIT_HEADERS,
  generateProvince, generateSample, generateTwoLevelProvince,
} from './province';
export type { Cell } from './people';
export { ACTING_HEAD, CARING_FOR_INFANT } from './people';
export { toStaffing } from './staffing';
export { Random, mulberry32 } from './random';
