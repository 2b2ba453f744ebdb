import type { Random } from './random';

/**
 * Hà Tĩnh after 2025-07-01 (NQ 1665/NQ-UBTVQH15): 69 communes and wards, each with the former district
 * it was merged from. The count and the split are confirmed; the names follow the resolution as far as
 * known and are otherwise plausible (DOMAIN.md: "Hà Tĩnh-shaped, not merged"). Larger samples add
 * invented communes named the way the former district names its own.
 */

export type CommuneKind = 'xã' | 'phường';

export interface Commune {
  readonly type: CommuneKind;
  /** Without the type: 'Nghi Xuân'. */
  readonly short: string;
  /** 'Huyện Nghi Xuân': the unit column "Huyện cũ", what "the same former district" compares. */
  readonly formerDistrict: string;
  /** The former mountain districts, where communes are short of staff (Sở Nội vụ, 2025-08). */
  readonly mountain: boolean;
  /** 'lat, lon' of the commune's seat (the unit column "Tọa độ"): plausible, around its former district's. */
  readonly coordinates: string;
}

interface FormerDistrict {
  readonly name: string;
  /** About where the former district's seat was (unconfirmed; for distances in the sample only). */
  readonly centre: readonly [number, number];
  readonly mountain: boolean;
  readonly wards: readonly string[];
  readonly communes: readonly string[];
  /** How invented communes are named: a syllable before ('Sơn Bình') or after ('Bình Lộc'). */
  readonly stem: { readonly text: string; readonly position: 'before' | 'after' };
}

const FORMER: readonly FormerDistrict[] = [
  { name: 'Thành phố Hà Tĩnh', centre: [18.343, 105.906], mountain: false, wards: ['Thành Sen', 'Trần Phú', 'Hà Huy Tập'], communes: [], stem: { text: 'Thạch', position: 'before' } },
  { name: 'Thị xã Hồng Lĩnh', centre: [18.533, 105.7], mountain: false, wards: ['Bắc Hồng Lĩnh', 'Nam Hồng Lĩnh'], communes: [], stem: { text: 'Hồng', position: 'after' } },
  { name: 'Thị xã Kỳ Anh', centre: [18.07, 106.296], mountain: false, wards: ['Sông Trí', 'Hải Ninh', 'Hoành Sơn', 'Vũng Áng'], communes: [], stem: { text: 'Kỳ', position: 'before' } },
  { name: 'Huyện Nghi Xuân', centre: [18.65, 105.78], mountain: false, wards: [], communes: ['Nghi Xuân', 'Đan Hải', 'Tiên Điền', 'Cổ Đạm', 'Xuân Hội'], stem: { text: 'Xuân', position: 'before' } },
  { name: 'Huyện Đức Thọ', centre: [18.52, 105.59], mountain: false, wards: [], communes: ['Đức Thọ', 'Đức Đồng', 'Đức Quang', 'Đức Thịnh', 'Đức Minh'], stem: { text: 'Đức', position: 'before' } },
  {
    name: 'Huyện Hương Sơn', centre: [18.47, 105.4], mountain: true, wards: [],
    communes: ['Hương Sơn', 'Sơn Tây', 'Tứ Mỹ', 'Sơn Giang', 'Sơn Tiến', 'Sơn Hồng', 'Kim Hoa', 'Sơn Kim 1', 'Sơn Kim 2'],
    stem: { text: 'Sơn', position: 'before' },
  },
  { name: 'Huyện Vũ Quang', centre: [18.35, 105.48], mountain: true, wards: [], communes: ['Vũ Quang', 'Mai Hoa', 'Thượng Đức'], stem: { text: 'Quang', position: 'after' } },
  {
    name: 'Huyện Hương Khê', centre: [18.18, 105.71], mountain: true, wards: [],
    communes: ['Hương Khê', 'Hương Phố', 'Hương Đô', 'Hà Linh', 'Hương Bình', 'Phúc Trạch', 'Hương Xuân'],
    stem: { text: 'Hương', position: 'before' },
  },
  { name: 'Huyện Can Lộc', centre: [18.45, 105.76], mountain: false, wards: [], communes: ['Can Lộc', 'Tùng Lộc', 'Gia Hanh', 'Trường Lưu', 'Xuân Lộc', 'Đồng Lộc'], stem: { text: 'Lộc', position: 'after' } },
  { name: 'Huyện Lộc Hà', centre: [18.48, 105.88], mountain: false, wards: [], communes: ['Lộc Hà', 'Mai Phụ', 'Hồng Lộc'], stem: { text: 'Hà', position: 'after' } },
  {
    name: 'Huyện Thạch Hà', centre: [18.35, 105.82], mountain: false, wards: [],
    communes: ['Thạch Hà', 'Toàn Lưu', 'Việt Xuyên', 'Đông Kinh', 'Thạch Khê', 'Thạch Lạc', 'Đồng Tiến'],
    stem: { text: 'Thạch', position: 'before' },
  },
  {
    name: 'Huyện Cẩm Xuyên', centre: [18.24, 106.0], mountain: false, wards: [],
    communes: ['Cẩm Xuyên', 'Thiên Cầm', 'Cẩm Duệ', 'Cẩm Hưng', 'Cẩm Lạc', 'Cẩm Trung', 'Yên Hòa', 'Cẩm Bình'],
    stem: { text: 'Cẩm', position: 'before' },
  },
  {
    name: 'Huyện Kỳ Anh', centre: [18.01, 106.15], mountain: true, wards: [],
    communes: ['Kỳ Xuân', 'Kỳ Anh', 'Kỳ Hoa', 'Kỳ Văn', 'Kỳ Khang', 'Kỳ Lạc', 'Kỳ Thượng'],
    stem: { text: 'Kỳ', position: 'before' },
  },
];

/** Syllables for invented names, none of which makes a real name above with a stem. */
const SYLLABLES = [
  'An', 'Bình', 'Châu', 'Diễn', 'Điền', 'Giang', 'Hòa', 'Khánh', 'Lạng', 'Lĩnh', 'Long', 'Mỹ', 'Nam', 'Ninh',
  'Phong', 'Phú', 'Thanh', 'Thịnh', 'Thủy', 'Thuận', 'Tân', 'Trà', 'Trường', 'Vĩnh', 'Yên',
];

/** The seat of the k-th commune of a former district: spread around its centre, wider in the mountains. */
function seat(d: FormerDistrict, k: number): string {
  const angle = k * 2.39996;
  const radius = (0.02 + 0.015 * (k % 4)) * (d.mountain ? 2 : 1);
  const lat = d.centre[0] + radius * Math.sin(angle);
  const lon = d.centre[1] + radius * Math.cos(angle);
  return `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
}

/** The 69 communes and wards in the resolution's order: wards of the former towns first. */
export const COMMUNES: readonly Commune[] = FORMER.flatMap((d) => [
  ...d.wards.map((short, k): Commune => ({ type: 'phường', short, formerDistrict: d.name, mountain: d.mountain, coordinates: seat(d, k) })),
  ...d.communes.map((short, k): Commune => ({ type: 'xã', short, formerDistrict: d.name, mountain: d.mountain, coordinates: seat(d, d.wards.length + k) })),
]);

/** The province's seat (Thành phố Hà Tĩnh), where the provincial bodies are. */
export const PROVINCE_SEAT = '18.3430, 105.9057';

export function communeName(c: Commune): string {
  return `${c.type === 'phường' ? 'Phường' : 'Xã'} ${c.short}`;
}

/**
 * `count` communes: the real ones first, then invented communes spread over the former districts in
 * turn. Fewer than 69 keeps the first of each former district in turn, so every one stays represented.
 */
export function communesFor(count: number, random: Random): Commune[] {
  if (count <= COMMUNES.length) {
    const byDistrict = FORMER.map((d) => COMMUNES.filter((c) => c.formerDistrict === d.name));
    const out: Commune[] = [];
    for (let i = 0; out.length < count; i++) {
      const list = byDistrict[i % byDistrict.length];
      const c = list[Math.floor(i / byDistrict.length)];
      if (c) out.push(c);
    }
    return COMMUNES.filter((c) => out.includes(c));
  }
  const taken = new Set(COMMUNES.map((c) => c.short.toLocaleLowerCase('vi')));
  const out = [...COMMUNES];
  for (let i = 0; out.length < count; i++) {
    const d = FORMER[i % FORMER.length];
    let short = '';
    for (let tries = 0; tries < 50 && (short === '' || taken.has(short.toLocaleLowerCase('vi'))); tries++) {
      const s = random.pick(SYLLABLES);
      short = d.stem.position === 'before' ? `${d.stem.text} ${s}` : `${s} ${d.stem.text}`;
    }
    // Past the combinations a district has, a number tells them apart, as 'Sơn Kim 1' and 'Sơn Kim 2' do.
    for (let n = 2; taken.has(short.toLocaleLowerCase('vi')); n++) short = `${short.replace(/ \d+$/, '')} ${n}`;
    taken.add(short.toLocaleLowerCase('vi'));
    const k = out.filter((c) => c.formerDistrict === d.name).length;
    out.push({ type: 'xã', short, formerDistrict: d.name, mountain: d.mountain, coordinates: seat(d, k) });
  }
  return out;
}
