import { DEFAULT_SETTINGS } from '../domain/settings';
import type { CommuneSeed, DistrictSeed } from './geography';
import { DISTRICTS, PROVINCE_NAME, communeName, communesOf, districtName } from './geography';
import type { Random } from './random';

/**
 * The unit table of the sample: provincial bodies, the bodies of each district and the three
 * bodies of each commune, with quotas and the headcount each will get (quota ± a deliberate
 * imbalance), how many deputies, and whether the head post is filled.
 */

export type Level = 'Tỉnh' | 'Huyện' | 'Xã';

export const LEADER_POSITION = 'Lãnh đạo, quản lý';

/** Titles of a body: one head, its deputies, and staff titles (the `first` ones once, then the pool in turn). */
export interface Titles {
  readonly head: string;
  readonly deputy: string;
  readonly staffFirst: readonly string[];
  readonly staffPool: readonly string[];
}

export interface Positions {
  readonly first: readonly string[];
  readonly pool: readonly string[];
}

export interface PlannedUnit {
  readonly id: string;
  readonly name: string;
  readonly level: Level;
  /** 'Loại đơn vị': the same label for the same body everywhere, so one rule covers them all. */
  readonly kind: string;
  readonly locality: string;
  /** The district's name ('Huyện' column); null for provincial bodies. */
  readonly district: string | null;
  readonly parent: string | null;
  readonly quota: number;
  /** 'Số cấp phó tối đa' where it differs from the default for the level. */
  readonly deputyCap: number | null;
  /** 'Tọa độ' ('lat, lon') in the two-level sample. */
  readonly coordinates?: string;
  readonly titles: Titles;
  /** Party and people's committees: filled to the post, never deliberately out of balance. */
  readonly leadership: boolean;
  /** A concurrent title of the head (Chức vụ kiêm nhiệm). */
  headConcurrent: string | null;
  /** People in the unit: quota ± imbalance, minus the head when the post is vacant. */
  headcount: number;
  hasHead: boolean;
  deputies: number;
  /**
   * Job positions (Vị trí việc làm) of the staff, as titles are given: the `first` ones once, then the
   * pool in turn. Only the two-level sample has the column.
   */
  positions?: Positions;
}

export interface Scale {
  /** Multiplies the number of communes (and, above 1, of district offices and departments). */
  readonly units: number;
  /** Multiplies quotas, hence people per unit. */
  readonly staff: number;
}

export const OFFICER = ['Chuyên viên', 'Chuyên viên chính', 'Chuyên viên', 'Chuyên viên'];
const INSPECTOR = ['Thanh tra viên', 'Thanh tra viên chính', 'Thanh tra viên'];
const CONTROLLER = ['Kiểm tra viên', 'Kiểm tra viên chính', 'Kiểm tra viên'];
const LECTURER = ['Giảng viên', 'Giảng viên chính', 'Giảng viên'];

const BAN: Omit<Titles, 'staffFirst'> = { head: 'Trưởng ban', deputy: 'Phó Trưởng ban', staffPool: OFFICER };
const PHONG: Titles = { head: 'Trưởng phòng', deputy: 'Phó Trưởng phòng', staffFirst: [], staffPool: OFFICER };
const SO: Titles = { head: 'Giám đốc', deputy: 'Phó Giám đốc', staffFirst: ['Kế toán'], staffPool: OFFICER };
const OFFICE: Titles = { head: 'Chánh Văn phòng', deputy: 'Phó Chánh Văn phòng', staffFirst: ['Văn thư', 'Kế toán'], staffPool: OFFICER };
const INSPECTORATE: Titles = { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra', staffFirst: [], staffPool: INSPECTOR };
const CONTROL: Titles = {
  head: 'Chủ nhiệm Ủy ban Kiểm tra', deputy: 'Phó Chủ nhiệm Ủy ban Kiểm tra', staffFirst: [], staffPool: CONTROLLER,
};
const FRONT: Titles = { head: 'Chủ tịch Ủy ban MTTQ', deputy: 'Phó Chủ tịch Ủy ban MTTQ', staffFirst: [], staffPool: ['Chuyên viên'] };

/** Commune civil servants (NĐ 33/2023): one of each post first, then the busiest posts again. */
const COMMUNE_COMMITTEE: Titles = {
  head: 'Chủ tịch UBND',
  deputy: 'Phó Chủ tịch UBND',
  staffFirst: [
    'Chỉ huy trưởng Quân sự', 'Công chức Văn phòng - Thống kê', 'Công chức Tư pháp - Hộ tịch',
    'Công chức Địa chính - Xây dựng', 'Công chức Tài chính - Kế toán', 'Công chức Văn hóa - Xã hội',
  ],
  staffPool: [
    'Công chức Văn phòng - Thống kê', 'Công chức Địa chính - Xây dựng', 'Công chức Tư pháp - Hộ tịch',
    'Công chức Văn hóa - Xã hội', 'Công chức Tài chính - Kế toán',
  ],
};
const COMMUNE_PARTY: Titles = {
  head: 'Bí thư Đảng ủy', deputy: 'Phó Bí thư Đảng ủy', staffFirst: [],
  staffPool: ['Công chức Văn phòng Đảng ủy', 'Cán bộ Ủy ban Kiểm tra Đảng ủy'],
};
const COMMUNE_FRONT: Titles = { ...FRONT, staffPool: ['Ủy viên Thường trực Ủy ban MTTQ'] };

/** A body of the sample: its code, titles, quota and usual deputies (both shapes of the province). */
export interface BodySpec {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly titles: Titles;
  readonly quota: number;
  /** Usual number of deputies, before the cap. */
  readonly deputies: number;
  readonly parent: string | null;
  readonly deputyCap?: number;
  readonly leadership?: boolean;
  readonly headConcurrent?: string;
}

/** Provincial bodies: those every scenario needs, then departments added as the sample grows. */
function provincialBodies(): { core: BodySpec[]; extra: BodySpec[] } {
  const so = (code: string, name: string, quota: number): BodySpec => ({
    code, name, kind: name, titles: SO, quota, deputies: 3, parent: 'HT-UB',
  });
  const board = (code: string, kind: string, titles: Titles, quota: number, deputies: number): BodySpec => ({
    code, name: `${kind} Tỉnh ủy`, kind, titles, quota, deputies, parent: 'HT-TU',
  });
  const ban: Titles = { ...BAN, staffFirst: [] };
  const core: BodySpec[] = [
    {
      code: 'TU', name: 'Tỉnh ủy Hà Tĩnh', kind: 'Tỉnh ủy', quota: 3, deputies: 2, parent: null, leadership: true,
      titles: { head: 'Bí thư Tỉnh ủy', deputy: 'Phó Bí thư Tỉnh ủy', staffFirst: [], staffPool: ['Chuyên viên'] },
      headConcurrent: 'Chủ tịch HĐND tỉnh',
    },
    {
      code: 'UB', name: 'UBND tỉnh Hà Tĩnh', kind: 'UBND tỉnh', quota: 5, deputies: 4, deputyCap: 4, parent: null, leadership: true,
      titles: { head: 'Chủ tịch UBND tỉnh', deputy: 'Phó Chủ tịch UBND tỉnh', staffFirst: [], staffPool: ['Chuyên viên'] },
      headConcurrent: 'Phó Bí thư Tỉnh ủy',
    },
    { ...board('VPTU', 'Văn phòng cấp ủy', OFFICE, 45, 3), name: 'Văn phòng Tỉnh ủy' },
    board('BTC', 'Ban Tổ chức', ban, 30, 3),
    board('UBKT', 'Ủy ban Kiểm tra', CONTROL, 28, 3),
    board('BTG', 'Ban Tuyên giáo', ban, 25, 3),
    board('BDV', 'Ban Dân vận', ban, 20, 2),
    {
      code: 'TCT', name: 'Trường Chính trị Trần Phú', kind: 'Trường Chính trị', quota: 40, deputies: 3, parent: 'HT-TU',
      titles: { head: 'Hiệu trưởng', deputy: 'Phó Hiệu trưởng', staffFirst: ['Kế toán', 'Văn thư'], staffPool: LECTURER },
    },
    { code: 'MT', name: 'Ủy ban MTTQ tỉnh Hà Tĩnh', kind: 'MTTQ tỉnh', titles: FRONT, quota: 25, deputies: 3, parent: null },
    {
      code: 'VPUB', name: 'Văn phòng UBND tỉnh', kind: 'Văn phòng UBND', titles: OFFICE, quota: 55, deputies: 4, deputyCap: 4,
      parent: 'HT-UB',
    },
    { code: 'SNV', name: 'Sở Nội vụ', kind: 'Sở Nội vụ', titles: SO, quota: 45, deputies: 3, parent: 'HT-UB' },
    { code: 'TTR', name: 'Thanh tra tỉnh', kind: 'Thanh tra', titles: INSPECTORATE, quota: 40, deputies: 3, parent: 'HT-UB' },
    so('STC', 'Sở Tài chính', 50),
    so('SKH', 'Sở Kế hoạch và Đầu tư', 45),
  ];
  const extra: BodySpec[] = [
    so('SGD', 'Sở Giáo dục và Đào tạo', 55), so('SYT', 'Sở Y tế', 50), so('SNN', 'Sở Nông nghiệp và PTNT', 60),
    so('STN', 'Sở Tài nguyên và Môi trường', 50), so('SLD', 'Sở Lao động - Thương binh và Xã hội', 45),
    so('STP', 'Sở Tư pháp', 35), so('SXD', 'Sở Xây dựng', 40), so('SGT', 'Sở Giao thông vận tải', 45),
    so('SCT', 'Sở Công Thương', 45), so('SVH', 'Sở Văn hóa, Thể thao và Du lịch', 45),
    so('STT', 'Sở Thông tin và Truyền thông', 30), so('SKC', 'Sở Khoa học và Công nghệ', 30),
  ];
  return { core, extra };
}

/** The bodies of one district: party committee and its boards, people's committee and its offices. */
function districtBodies(d: DistrictSeed): { core: BodySpec[]; offices: BodySpec[] } {
  const committee = d.type === 'huyện' ? 'Huyện ủy' : d.type === 'thị xã' ? 'Thị ủy' : 'Thành ủy';
  const gov = d.type;
  const at = `${gov} ${d.short}`;
  const hu = `${d.code}-HU`;
  const ub = `${d.code}-UB`;
  const ban = (code: string, label: string, kind: string, quota: number, deputies: number): BodySpec => ({
    code, name: `${label} ${committee} ${d.short}`, kind, titles: { ...BAN, staffFirst: [] }, quota, deputies, parent: hu,
  });
  const phong = (code: string, label: string, quota: number): BodySpec => ({
    code, name: `${label} ${at}`, kind: label, titles: PHONG, quota, deputies: quota >= 8 ? 2 : 1, parent: ub,
  });
  // Small towns run with two vice-chairs.
  const viceChairs = d.code === 'HL' || d.code === 'VQ' ? 2 : 3;
  const core: BodySpec[] = [
    {
      code: 'HU', name: `${committee} ${d.short}`, kind: 'Huyện ủy', quota: 3, deputies: 2, parent: 'HT-TU', leadership: true,
      titles: { head: `Bí thư ${committee}`, deputy: `Phó Bí thư ${committee}`, staffFirst: [], staffPool: ['Chuyên viên'] },
    },
    {
      code: 'UB', name: `UBND ${at}`, kind: 'UBND huyện', quota: 1 + viceChairs, deputies: viceChairs, deputyCap: 3,
      parent: 'HT-UB', leadership: true, headConcurrent: `Phó Bí thư ${committee}`,
      titles: { head: `Chủ tịch UBND ${gov}`, deputy: `Phó Chủ tịch UBND ${gov}`, staffFirst: [], staffPool: ['Chuyên viên'] },
    },
    {
      code: 'VP', name: `Văn phòng ${committee} ${d.short}`, kind: 'Văn phòng cấp ủy', titles: OFFICE, quota: 10, deputies: 2,
      parent: hu,
    },
    ban('BTC', 'Ban Tổ chức', 'Ban Tổ chức', 7, 2),
    {
      code: 'UBKT', name: `Ủy ban Kiểm tra ${committee} ${d.short}`, kind: 'Ủy ban Kiểm tra', titles: CONTROL, quota: 7, deputies: 2,
      parent: hu,
    },
    ban('BTG', 'Ban Tuyên giáo', 'Ban Tuyên giáo', 6, 2),
    ban('BDV', 'Ban Dân vận', 'Ban Dân vận', 6, 1),
    {
      code: 'TTCT', name: `Trung tâm Chính trị ${at}`, kind: 'Trung tâm Chính trị', quota: 6, deputies: 1, deputyCap: 1, parent: hu,
      titles: { head: 'Giám đốc', deputy: 'Phó Giám đốc', staffFirst: [], staffPool: LECTURER },
    },
    { code: 'MT', name: `Ủy ban MTTQ ${at}`, kind: 'MTTQ huyện', titles: FRONT, quota: 8, deputies: 2, parent: 'HT-MT' },
    {
      code: 'VPUB', name: `Văn phòng HĐND và UBND ${at}`, kind: 'Văn phòng HĐND-UBND', titles: OFFICE, quota: 15, deputies: 3,
      deputyCap: 3, parent: ub,
    },
    { code: 'PNV', name: `Phòng Nội vụ ${at}`, kind: 'Phòng Nội vụ', titles: PHONG, quota: 7, deputies: 2, parent: ub },
    { code: 'TTR', name: `Thanh tra ${at}`, kind: 'Thanh tra', titles: INSPECTORATE, quota: 6, deputies: 2, parent: ub },
  ];
  const rural = d.type === 'huyện';
  const offices: BodySpec[] = [
    phong('TCKH', 'Phòng Tài chính - Kế hoạch', 10),
    phong('GDDT', 'Phòng Giáo dục và Đào tạo', 10),
    rural ? phong('NN', 'Phòng Nông nghiệp và PTNT', 9) : phong('KT', 'Phòng Kinh tế', 8),
    phong('TNMT', 'Phòng Tài nguyên và Môi trường', 8),
    phong('LDTB', 'Phòng Lao động - Thương binh và Xã hội', 7),
    phong('VHTT', 'Phòng Văn hóa và Thông tin', 6),
    phong('TP', 'Phòng Tư pháp', 6),
    phong('YT', 'Phòng Y tế', 6),
    rural ? phong('KTHT', 'Phòng Kinh tế và Hạ tầng', 8) : phong('QLDT', 'Phòng Quản lý đô thị', 8),
  ];
  return { core, offices };
}

type Category = 1 | 2 | 3;

/** NĐ 33/2023 frames of cadres and civil servants per commune, by category I/II/III. */
function communeFrame(type: CommuneSeed['type'], category: Category): number {
  return (type === 'phường' ? 25 : 24) - 2 * category;
}

const CATEGORY_MIX: Readonly<Record<CommuneSeed['type'], readonly (readonly [Category, number])[]>> = {
  'phường': [[1, 4], [2, 4], [3, 2]],
  'thị trấn': [[1, 4], [2, 5], [3, 1]],
  'xã': [[1, 2], [2, 5], [3, 3]],
};

/** The frame split over the party committee, the people's committee and the Front. */
function communeBodies(
  d: DistrictSeed, c: CommuneSeed, index: number, width: number, category: Category, secretaryChairsCouncil: boolean,
): BodySpec[] {
  const frame = communeFrame(c.type, category);
  const party = category === 1 ? 5 : 4;
  const front = category === 1 ? 3 : 2;
  const prefix = `${d.code}-X${String(index + 1).padStart(width, '0')}`;
  return [
    {
      code: `${prefix}-DU`, name: `Đảng ủy ${c.type} ${c.short}`, kind: 'Đảng ủy xã', titles: COMMUNE_PARTY,
      quota: party, deputies: 1, parent: `${d.code}-HU`,
      ...(secretaryChairsCouncil ? { headConcurrent: `Chủ tịch HĐND ${c.type}` } : {}),
    },
    {
      code: `${prefix}-UB`, name: `UBND ${c.type} ${c.short}`, kind: 'UBND xã', titles: COMMUNE_COMMITTEE,
      quota: frame - party - front, deputies: category === 1 ? 2 : 1, parent: `${d.code}-UB`,
    },
    {
      code: `${prefix}-MT`, name: `Ủy ban MTTQ ${c.type} ${c.short}`, kind: 'MTTQ xã', titles: COMMUNE_FRONT,
      quota: front, deputies: 1, parent: `${d.code}-MT`,
    },
  ];
}

function scaledQuota(spec: BodySpec, staff: number, random: Random): number {
  if (spec.leadership) return spec.quota;
  // Offices of the same kind differ a little from one district to the next.
  const jitter = spec.quota >= 6 ? random.between(-1, 1) : 0;
  return Math.max(2, Math.round((spec.quota + jitter) * staff));
}

export function capOf(level: Level, explicit: number | null): number {
  return explicit ?? DEFAULT_SETTINGS.deputyCapByLevel[level] ?? DEFAULT_SETTINGS.deputyCapDefault;
}

function plan(spec: BodySpec, level: Level, locality: string, district: string | null, quota: number): PlannedUnit {
  return {
    id: spec.code, name: spec.name, level, kind: spec.kind, locality, district, parent: spec.parent, quota,
    deputyCap: spec.deputyCap ?? null, titles: spec.titles, leadership: spec.leadership ?? false,
    headConcurrent: spec.headConcurrent ?? null, headcount: quota, hasHead: true,
    deputies: Math.min(spec.deputies, capOf(level, spec.deputyCap ?? null), quota - 1),
  };
}

/** Share of units deliberately over / under their quota, and of odd deputy counts. */
const OVER_RATE = 0.15;
const UNDER_RATE = 0.1;
const NO_DEPUTY_RATE = 0.008;
const EXCESS_DEPUTY_RATE = 0.006;
const VACANT_HEAD_RATE = 0.0035;

export function planUnits(random: Random, scale: Scale): PlannedUnit[] {
  const quotas = random.fork('quotas');
  const units: PlannedUnit[] = [];
  const { core, extra } = provincialBodies();
  const departments = scale.units > 1 ? Math.min(extra.length, Math.round((scale.units - 1) * 4)) : 0;
  for (const spec of [...core, ...extra.slice(0, departments)]) {
    const id = `HT-${spec.code}`;
    units.push(plan({ ...spec, code: id }, 'Tỉnh', PROVINCE_NAME, null, scaledQuota(spec, scale.staff, quotas)));
  }

  // Invented names must not take a real name another district will use.
  const taken = new Set(DISTRICTS.flatMap((d) => [...d.wards, ...d.towns, ...d.communes]).map((n) => n.toLocaleLowerCase('vi')));
  const names = random.fork('communes');
  const categories = random.fork('categories');
  const offices = Math.max(2, Math.min(9, Math.round(5 * scale.units)));
  for (const d of DISTRICTS) {
    const dname = districtName(d);
    const bodies = districtBodies(d);
    for (const spec of [...bodies.core, ...bodies.offices.slice(0, offices)]) {
      const scoped: BodySpec = { ...spec, code: `${d.code}-${spec.code}` };
      units.push(plan(scoped, 'Huyện', dname, dname, scaledQuota(spec, scale.staff, quotas)));
    }
    const communes = communesOf(d, scale.units, taken, names);
    const width = Math.max(2, String(communes.length).length);
    communes.forEach((c, i) => {
      const category = categories.weighted(CATEGORY_MIX[c.type]);
      // In a few communes the secretary already chairs the People's Council.
      const chairsCouncil = categories.chance(0.1);
      for (const spec of communeBodies(d, c, i, width, category, chairsCouncil)) {
        const quota = Math.max(2, Math.round(spec.quota * scale.staff));
        units.push(plan(spec, 'Xã', communeName(c), dname, quota));
      }
    });
  }
  unbalance(units, random.fork('imbalance'));
  return units;
}

/**
 * The deliberate imbalances a planner's real table has: units over and under quota, units without a
 * deputy or with two above the cap, and a few vacant head posts.
 */
function unbalance(units: PlannedUnit[], random: Random): void {
  for (const u of units) {
    if (u.leadership) continue;
    const r = random.float();
    if (r < OVER_RATE) u.headcount = u.quota + Math.min(random.between(1, 4), Math.max(1, Math.floor(u.quota / 3)));
    else if (r < OVER_RATE + UNDER_RATE) u.headcount = u.quota - Math.min(random.between(1, 3), u.quota - 1);
    u.deputies = Math.min(u.deputies, u.headcount - 1);
  }

  // A fixed few of each, so every sample shows them.
  const ordinary = units.filter((u) => !u.leadership);
  const few = (rate: number): number => Math.max(2, Math.round(ordinary.length * rate));
  const touched = new Set<PlannedUnit>();
  // Only bodies large enough for a crowd of deputies to be plausible.
  const crowdable = ordinary.filter((u) => u.quota >= 8 && u.headcount >= deputyCapOf(u) + 4);
  for (const u of random.shuffle(crowdable).slice(0, few(EXCESS_DEPUTY_RATE))) {
    u.deputies = deputyCapOf(u) + 2;
    touched.add(u);
  }
  const leaderless = ordinary.filter((u) => !touched.has(u) && u.deputies >= 1 && u.headcount >= 3);
  for (const u of random.shuffle(leaderless).slice(0, few(NO_DEPUTY_RATE))) {
    u.deputies = 0;
    touched.add(u);
  }

  // Vacant heads in a district office, a commune committee and a department, in turn; a deputy acts.
  const families: ((u: PlannedUnit) => boolean)[] = [
    (u) => u.level === 'Huyện' && u.kind.startsWith('Phòng ') && u.kind !== 'Phòng Nội vụ',
    (u) => u.kind === 'UBND xã',
    (u) => u.level === 'Tỉnh' && u.kind.startsWith('Sở ') && u.kind !== 'Sở Nội vụ',
  ];
  const pools = families.map((f) => random.shuffle(ordinary.filter((u) => f(u) && !touched.has(u) && u.deputies >= 1)));
  const vacant = Math.max(1, Math.round(units.length * VACANT_HEAD_RATE));
  for (let i = 0; i < vacant; i++) {
    const u = pools[i % pools.length].pop();
    if (!u) continue;
    u.hasHead = false;
    u.headcount -= 1;
    u.headConcurrent = null;
  }
}

export function headcountOf(units: readonly PlannedUnit[]): number {
  let n = 0;
  for (const u of units) n += u.headcount;
  return n;
}

function deputyCapOf(u: PlannedUnit): number {
  return capOf(u.level, u.deputyCap);
}
