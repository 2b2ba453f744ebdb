import type { Commune } from './communes';
import { communeName, PROVINCE_SEAT } from './communes';
import { PROVINCE_NAME } from './geography';
import type { Random } from './random';
import type { BodySpec, PlannedUnit, Positions, Titles } from './units';
import { OFFICER } from './units';

/**
 * The unit table of the two-level sample (DOMAIN.md, "A two-level sample province"): provincial bodies,
 * and in each commune or ward its party bodies, people's committee, the four state offices and the
 * Front. The state bloc of the communes (the committee and its four offices) carries the imbalance the
 * Sở Nội vụ reported in 2025-08: allocated 2,554, actual 2,697; 7 communes at quota, 41 over by 243 in
 * all (Nghi Xuân +19, Sông Trí +18, Đức Quang +17), 21 under by 100, mostly in the former mountain
 * districts. Deputies are set so that the pooled caps bind: vice-chairs of the communes' committees
 * above the 2.5 average, offices of some communes above their 2, departments above their 3.
 */

/** The reported allocation of the 69 communes' state bloc, and the imbalance (DOMAIN.md). */
export const REPORTED = {
  communes: 69, quota: 2554, actual: 2697, atQuota: 7, over: 41, overBy: 243, under: 21, underBy: 100,
  top: [['Nghi Xuân', 19], ['Sông Trí', 18], ['Đức Quang', 17]] as const,
  /** Communes without an IT civil servant, and without a land one. */
  withoutIt: 48, withoutLand: 19,
} as const;

export const IT_POSITION = 'Công nghệ thông tin';
export const LAND_POSITION = 'Quản lý đất đai';

const OFFICE: Titles = { head: 'Chánh Văn phòng', deputy: 'Phó Chánh Văn phòng', staffFirst: ['Văn thư', 'Kế toán'], staffPool: OFFICER };
const SO: Titles = { head: 'Giám đốc', deputy: 'Phó Giám đốc', staffFirst: ['Kế toán'], staffPool: OFFICER };
const BAN: Titles = { head: 'Trưởng ban', deputy: 'Phó Trưởng ban', staffFirst: [], staffPool: OFFICER };
const CHI_CUC: Titles = { head: 'Chi cục trưởng', deputy: 'Phó Chi cục trưởng', staffFirst: [], staffPool: OFFICER };
const PHONG: Titles = { head: 'Trưởng phòng', deputy: 'Phó Trưởng phòng', staffFirst: [], staffPool: ['Chuyên viên'] };

interface Body extends BodySpec {
  readonly positions: Positions;
}

const GENERAL: Positions = { first: [], pool: ['Tổng hợp'] };
const pos = (first: readonly string[], pool: readonly string[]): Positions => ({ first, pool });

/**
 * Departments: average 3 deputies pooled (NĐ 150/2025 am. NĐ 370/2025), each at most 4 here; 35 deputies
 * for 11 departments (33 allowed). The market-control branch has more deputies than its department.
 */
function provincialBodies(): Body[] {
  const so = (code: string, name: string, quota: number, deputies: number, pool: readonly string[] = ['Tổng hợp']): Body => ({
    code, name, kind: 'Sở', titles: SO, quota, deputies, deputyCap: 4, parent: 'HT-UB', positions: pos(['Kế toán'], pool),
  });
  const board = (code: string, name: string, kind: string, quota: number, titles: Titles = BAN): Body => ({
    code, name, kind, titles, quota, deputies: 3, parent: 'HT-TU', positions: GENERAL,
  });
  return [
    {
      code: 'HT-TU', name: 'Tỉnh ủy Hà Tĩnh', kind: 'Tỉnh ủy', quota: 3, deputies: 2, parent: null, leadership: true,
      titles: { head: 'Bí thư Tỉnh ủy', deputy: 'Phó Bí thư Tỉnh ủy', staffFirst: [], staffPool: [] },
      headConcurrent: 'Chủ tịch HĐND tỉnh', positions: GENERAL,
    },
    { ...board('HT-VPTU', 'Văn phòng Tỉnh ủy', 'Văn phòng cấp ủy', 60, OFFICE), positions: pos(['Văn thư - Lưu trữ', 'Kế toán'], ['Tổng hợp']) },
    board('HT-BTC', 'Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức', 40),
    board('HT-UBKT', 'Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra', 35, {
      head: 'Chủ nhiệm Ủy ban Kiểm tra', deputy: 'Phó Chủ nhiệm Ủy ban Kiểm tra', staffFirst: [], staffPool: ['Kiểm tra viên', 'Kiểm tra viên chính'],
    }),
    board('HT-BTGDV', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban Tuyên giáo và Dân vận', 55),
    board('HT-TCT', 'Trường Chính trị Trần Phú', 'Trường Chính trị', 50, {
      head: 'Hiệu trưởng', deputy: 'Phó Hiệu trưởng', staffFirst: ['Kế toán', 'Văn thư'], staffPool: ['Giảng viên', 'Giảng viên chính'],
    }),
    {
      code: 'HT-VPHD', name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', kind: 'Văn phòng HĐND tỉnh', titles: OFFICE, quota: 35, deputies: 2,
      parent: null, positions: pos(['Văn thư - Lưu trữ', 'Kế toán'], ['Tổng hợp']),
    },
    {
      code: 'HT-UB', name: 'UBND tỉnh Hà Tĩnh', kind: 'UBND tỉnh', quota: 4, deputies: 3, deputyCap: 3, parent: null, leadership: true,
      titles: { head: 'Chủ tịch UBND tỉnh', deputy: 'Phó Chủ tịch UBND tỉnh', staffFirst: [], staffPool: [] },
      headConcurrent: 'Phó Bí thư Tỉnh ủy', positions: GENERAL,
    },
    {
      code: 'HT-VPUB', name: 'Văn phòng UBND tỉnh', kind: 'Văn phòng UBND tỉnh', titles: OFFICE, quota: 70, deputies: 3,
      parent: 'HT-UB', positions: pos(['Văn thư - Lưu trữ', 'Kế toán'], [IT_POSITION, 'Tổng hợp', 'Tổng hợp']),
    },
    so('HT-SNV', 'Sở Nội vụ', 70, 3, ['Tổ chức bộ máy', 'Công chức, viên chức', 'Tổng hợp']),
    so('HT-STC', 'Sở Tài chính', 100, 4, ['Ngân sách', 'Đầu tư', 'Tổng hợp']),
    so('HT-STP', 'Sở Tư pháp', 45, 2, ['Tư pháp - Hộ tịch', 'Tổng hợp']),
    so('HT-SCT', 'Sở Công Thương', 70, 2, ['Công nghiệp', 'Thương mại', 'Tổng hợp']),
    so('HT-SXD', 'Sở Xây dựng', 75, 4, ['Xây dựng - Hạ tầng', 'Giao thông', 'Tổng hợp']),
    // Land officers are what the communes lack most: the department has many to second.
    so('HT-SNNMT', 'Sở Nông nghiệp và Môi trường', 110, 4, [LAND_POSITION, 'Nông nghiệp', LAND_POSITION, 'Môi trường', 'Tổng hợp']),
    so('HT-SGD', 'Sở Giáo dục và Đào tạo', 70, 3, ['Giáo dục', 'Tổng hợp']),
    so('HT-SYT', 'Sở Y tế', 70, 3, ['Y tế - Dân số', 'Tổng hợp']),
    so('HT-SVH', 'Sở Văn hóa, Thể thao và Du lịch', 65, 4, ['Văn hóa - Thông tin', 'Tổng hợp']),
    so('HT-SKHCN', 'Sở Khoa học và Công nghệ', 55, 3, [IT_POSITION, 'Khoa học', IT_POSITION, 'Tổng hợp']),
    so('HT-SNgV', 'Sở Ngoại vụ', 30, 2),
    {
      code: 'HT-TTR', name: 'Thanh tra tỉnh', kind: 'Thanh tra tỉnh', quota: 55, deputies: 3, parent: 'HT-UB', positions: pos([], ['Thanh tra']),
      titles: { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra', staffFirst: [], staffPool: ['Thanh tra viên', 'Thanh tra viên chính'] },
    },
    {
      code: 'HT-CCKL', name: 'Chi cục Kiểm lâm', kind: 'Chi cục', titles: CHI_CUC, quota: 45, deputies: 2, parent: 'HT-SNNMT',
      positions: pos([], ['Kiểm lâm']),
    },
    {
      code: 'HT-CCQLTT', name: 'Chi cục Quản lý thị trường', kind: 'Chi cục', titles: CHI_CUC, quota: 40, deputies: 3, parent: 'HT-SCT',
      positions: pos([], ['Quản lý thị trường']),
    },
    {
      code: 'HT-MT', name: 'Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh', kind: 'MTTQ tỉnh', quota: 60, deputies: 4, deputyCap: 4, parent: null,
      titles: { head: 'Chủ tịch Ủy ban MTTQ', deputy: 'Phó Chủ tịch Ủy ban MTTQ', staffFirst: [], staffPool: ['Chuyên viên'] },
      positions: pos([], ['Công tác Mặt trận', 'Tổng hợp']),
    },
  ];
}

/** The unit kinds of a commune's state bloc (what the quota of 32–45 covers) and its four offices. */
export const COMMUNE_COMMITTEE_KIND = 'UBND xã';
export const COMMUNE_OFFICE_KINDS = ['Văn phòng HĐND và UBND xã', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công'];

interface CommunePlan {
  readonly commune: Commune;
  readonly code: string;
  /** The state bloc's quota (committee and offices). */
  quota: number;
  /** Headcount minus quota in the state bloc. */
  delta: number;
  viceChairs: number;
  /** Deputies of the four offices, in COMMUNE_OFFICE_KINDS order. */
  officeDeputies: [number, number, number, number];
  hasIt: boolean;
  hasLand: boolean;
}

function communeBodies(p: CommunePlan): Body[] {
  const c = p.commune;
  const place = `${c.type} ${c.short}`;
  const du = `${p.code}-DU`;
  const ub = `${p.code}-UB`;
  // The committee holds its chair and vice-chairs; the rest of the bloc's quota goes to the offices
  // in the proportions of DOMAIN.md (9–12, 8–10, 6–8, 4–6).
  const rest = p.quota - 1 - p.viceChairs;
  const shares = [0.3, 0.27, 0.23];
  const officeQuotas = shares.map((s) => Math.round(rest * s));
  officeQuotas.push(rest - officeQuotas.reduce((a, b) => a + b, 0));
  const ktName = c.type === 'phường' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế';
  const office = (i: number, code: string, name: string, titles: Titles, positions: Positions): Body => ({
    code: `${p.code}-${code}`, name: `${name} ${place}`, kind: COMMUNE_OFFICE_KINDS[i], titles, quota: officeQuotas[i],
    deputies: p.officeDeputies[i], deputyCap: 3, parent: ub, positions,
  });
  return [
    {
      code: du, name: `Đảng ủy ${place}`, kind: 'Đảng ủy xã', quota: 2, deputies: 1, parent: 'HT-TU', leadership: true,
      titles: { head: 'Bí thư Đảng ủy', deputy: 'Phó Bí thư Thường trực Đảng ủy', staffFirst: [], staffPool: [] },
      headConcurrent: `Chủ tịch HĐND ${c.type}`, positions: GENERAL,
    },
    {
      code: `${p.code}-VPDU`, name: `Văn phòng Đảng ủy ${place}`, kind: 'Văn phòng Đảng ủy', quota: 5, deputies: 1, parent: du,
      titles: { head: 'Chánh Văn phòng Đảng ủy', deputy: 'Phó Chánh Văn phòng Đảng ủy', staffFirst: [], staffPool: ['Chuyên viên'] },
      positions: pos([], ['Văn thư - Lưu trữ', 'Tổng hợp']),
    },
    {
      code: `${p.code}-BXD`, name: `Ban Xây dựng Đảng ${place}`, kind: 'Ban Xây dựng Đảng', quota: 5, deputies: 1, parent: du,
      titles: { head: 'Trưởng Ban Xây dựng Đảng', deputy: 'Phó Trưởng Ban Xây dựng Đảng', staffFirst: [], staffPool: ['Chuyên viên'] },
      positions: pos([], ['Tổ chức - Cán bộ', 'Tuyên giáo - Dân vận']),
    },
    {
      code: `${p.code}-UBKT`, name: `Ủy ban Kiểm tra Đảng ủy ${place}`, kind: 'Ủy ban Kiểm tra Đảng ủy', quota: 4, deputies: 1, parent: du,
      titles: { head: 'Chủ nhiệm Ủy ban Kiểm tra', deputy: 'Phó Chủ nhiệm Ủy ban Kiểm tra', staffFirst: [], staffPool: ['Kiểm tra viên'] },
      positions: pos([], ['Kiểm tra Đảng']),
    },
    {
      code: ub, name: `UBND ${place}`, kind: COMMUNE_COMMITTEE_KIND, quota: 1 + p.viceChairs, deputies: p.viceChairs, deputyCap: 3,
      parent: 'HT-UB', leadership: true, headConcurrent: 'Phó Bí thư Đảng ủy',
      titles: { head: 'Chủ tịch UBND', deputy: 'Phó Chủ tịch UBND', staffFirst: [], staffPool: [] }, positions: GENERAL,
    },
    office(0, 'VP', 'Văn phòng HĐND và UBND', OFFICE, pos(['Văn thư - Lưu trữ', 'Kế toán'], ['Tư pháp - Hộ tịch', 'Tổng hợp'])),
    // The one land and the one IT officer of a commune that has them (most lack the second).
    office(1, 'KT', ktName, PHONG, pos(p.hasLand ? [LAND_POSITION] : [], ['Nông nghiệp - Môi trường', 'Xây dựng - Hạ tầng', 'Tài chính - Ngân sách'])),
    office(2, 'VHXH', 'Phòng Văn hóa - Xã hội', PHONG, pos([], ['Văn hóa - Thông tin', 'Lao động - Thương binh và Xã hội', 'Giáo dục', 'Y tế - Dân số'])),
    office(3, 'HCC', 'Trung tâm Phục vụ hành chính công', { ...PHONG, head: 'Giám đốc', deputy: 'Phó Giám đốc' },
      pos(p.hasIt ? [IT_POSITION] : [], ['Một cửa - Tiếp nhận hồ sơ'])),
    {
      code: `${p.code}-MT`, name: `Ủy ban MTTQ ${place}`, kind: 'MTTQ xã', quota: 5, deputies: 1, parent: 'HT-MT',
      titles: { head: 'Chủ tịch Ủy ban MTTQ', deputy: 'Phó Chủ tịch Ủy ban MTTQ', staffFirst: [], staffPool: ['Chuyên viên'] },
      positions: pos([], ['Công tác Mặt trận']),
    },
  ];
}

/** Integers in [lo, hi] with the given sum (as near as the bounds allow), drawn around an even split. */
function partition(random: Random, n: number, sum: number, lo: number, hi: number): number[] {
  if (n === 0) return [];
  const out = Array.from({ length: n }, () => random.between(lo, hi));
  let gap = sum - out.reduce((a, b) => a + b, 0);
  for (let guard = 0; gap !== 0 && guard < 100_000; guard++) {
    const i = random.int(n);
    if (gap > 0 && out[i] < hi) {
      out[i]++;
      gap--;
    } else if (gap < 0 && out[i] > lo) {
      out[i]--;
      gap++;
    }
  }
  return out;
}

/**
 * The communes' plans: quotas summing to 2,554 × n / 69, and the reported imbalance scaled the same way,
 * with the three named communes at their reported surplus when present.
 */
function planCommunes(communes: readonly Commune[], random: Random): CommunePlan[] {
  const n = communes.length;
  const scale = n / REPORTED.communes;
  const codes = new Map<string, number>();
  const plans: CommunePlan[] = communes.map((commune) => {
    const prefix = commune.type === 'phường' ? 'PH' : 'XA';
    const k = (codes.get(prefix) ?? 0) + 1;
    codes.set(prefix, k);
    return {
      commune, code: `${prefix}${String(k).padStart(2, '0')}`, quota: 0, delta: 0, viceChairs: 2,
      officeDeputies: [2, 2, 1, 1], hasIt: false, hasLand: true,
    };
  });

  // Quotas: wards larger (40–45), communes 32–42, the sum as allocated.
  const quotaRandom = random.fork('quotas');
  const wards = plans.filter((p) => p.commune.type === 'phường');
  const rural = plans.filter((p) => p.commune.type === 'xã');
  const total = Math.round(REPORTED.quota * scale);
  const wardQuotas = partition(quotaRandom, wards.length, wards.length * 43, 40, 45);
  wards.forEach((p, i) => (p.quota = wardQuotas[i]));
  const ruralQuotas = partition(quotaRandom, rural.length, total - wardQuotas.reduce((a, b) => a + b, 0), 32, 42);
  rural.forEach((p, i) => (p.quota = ruralQuotas[i]));

  // Imbalance: the named communes first, then under-quota ones mostly in the mountain districts.
  const imbalance = random.fork('imbalance');
  const named = new Set<CommunePlan>();
  let topBy = 0;
  for (const [short, by] of REPORTED.top) {
    const p = plans.find((x) => x.commune.short === short);
    if (!p) continue;
    p.delta = by;
    named.add(p);
    topBy += by;
  }
  const under = Math.round(REPORTED.under * scale);
  const over = Math.max(named.size, Math.round(REPORTED.over * scale));
  const others = plans.filter((p) => !named.has(p));
  const mountain = imbalance.shuffle(others.filter((p) => p.commune.mountain));
  const lowland = imbalance.shuffle(others.filter((p) => !p.commune.mountain));
  // About six in seven under-quota communes are in the mountains.
  const fromMountain = Math.min(mountain.length, Math.round(under * 6 / 7));
  const underPlans = [...mountain.slice(0, fromMountain), ...lowland.slice(0, under - fromMountain)];
  const rest = imbalance.shuffle([...mountain.slice(fromMountain), ...lowland.slice(under - fromMountain)]);
  const overPlans = rest.slice(0, over - named.size);
  const underBy = partition(imbalance, underPlans.length, Math.round(REPORTED.underBy * scale), 1, 10);
  underPlans.forEach((p, i) => (p.delta = -underBy[i]));
  const overBy = partition(imbalance, overPlans.length, Math.round(REPORTED.overBy * scale) - topBy, 1, 14);
  overPlans.forEach((p, i) => (p.delta = overBy[i]));

  // Deputies: three vice-chairs in about two communes of three (the pool of 2.5 a commune is exceeded);
  // offices above their pooled two in a commune of three, mostly where the commune is over quota.
  const deputies = random.fork('deputies');
  for (const p of plans) {
    p.viceChairs = deputies.chance(p.commune.type === 'phường' ? 0.9 : 0.62) ? 3 : 2;
    const crowded = deputies.chance(p.delta > 0 ? 0.5 : 0.15);
    p.officeDeputies = crowded ? (deputies.chance(0.5) ? [3, 3, 2, 2] : [3, 2, 2, 2]) : deputies.chance(0.5) ? [2, 2, 2, 1] : [2, 2, 1, 1];
  }

  // Specialties: most communes lack an IT officer, some a land officer.
  const skills = random.fork('specialties');
  const withIt = Math.round((REPORTED.communes - REPORTED.withoutIt) * scale);
  for (const p of skills.shuffle(plans).slice(0, withIt)) p.hasIt = true;
  for (const p of skills.shuffle(plans).slice(0, Math.round(REPORTED.withoutLand * scale))) p.hasLand = false;
  return plans;
}

function plan(b: Body, level: 'Tỉnh' | 'Xã', locality: string, formerDistrict: string | null, coordinates: string): PlannedUnit {
  const deputies = Math.min(b.deputies, b.quota - 1);
  return {
    id: b.code, name: b.name, level, kind: b.kind, locality, district: formerDistrict, parent: b.parent, quota: b.quota,
    deputyCap: b.deputyCap ?? null, titles: b.titles, leadership: b.leadership ?? false, headConcurrent: b.headConcurrent ?? null,
    headcount: b.quota, hasHead: true, deputies, positions: b.positions, coordinates,
  };
}

/** Spreads a commune's imbalance over its four offices, keeping at least one staff member in each. */
function applyDelta(offices: PlannedUnit[], delta: number): void {
  for (let i = 0, left = Math.abs(delta), guard = 0; left > 0 && guard < 1000; i++, guard++) {
    const u = offices[i % offices.length];
    if (delta > 0) u.headcount++;
    else if (u.headcount - 1 - u.deputies > 1) u.headcount--;
    else continue;
    left--;
  }
}

/** Provincial bodies over or under their quota by a few, as in the three-level sample. */
function unbalanceProvince(units: PlannedUnit[], random: Random): void {
  for (const u of units) {
    if (u.leadership) continue;
    const r = random.float();
    if (r < 0.15) u.headcount = u.quota + random.between(1, 3);
    else if (r < 0.25) u.headcount = u.quota - random.between(1, 3);
  }
}

export function planTwoLevelUnits(communes: readonly Commune[], random: Random): PlannedUnit[] {
  const province = provincialBodies().map((b) => plan(b, 'Tỉnh', PROVINCE_NAME, null, PROVINCE_SEAT));
  unbalanceProvince(province, random.fork('province'));
  const units = [...province];
  for (const p of planCommunes(communes, random)) {
    const bodies = communeBodies(p).map((b) => plan(b, 'Xã', communeName(p.commune), p.commune.formerDistrict, p.commune.coordinates));
    applyDelta(bodies.filter((u) => COMMUNE_OFFICE_KINDS.includes(u.kind)), p.delta);
    units.push(...bodies);
  }
  return units;
}
