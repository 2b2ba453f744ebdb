import type { Random } from './random';

/**
 * Hà Tĩnh before the 2025 reform: 13 district-level units and about 216 communes (DOMAIN.md).
 * Commune names are the real ones as far as known; at larger sizes the generator adds plausible
 * names built the way the district names its communes ("Sơn …" in Hương Sơn, "… Lộc" in Can Lộc).
 */

export type DistrictType = 'huyện' | 'thị xã' | 'thành phố';
export type CommuneType = 'xã' | 'phường' | 'thị trấn';

export interface DistrictSeed {
  /** Two letters: the prefix of every unit id in the district. */
  readonly code: string;
  readonly type: DistrictType;
  /** Without the type: 'Đức Thọ'. */
  readonly short: string;
  readonly wards: readonly string[];
  readonly towns: readonly string[];
  readonly communes: readonly string[];
  /** How extra communes are named: stem before ('Sơn Bình') or after ('Bình Lộc') a syllable. */
  readonly stem: { readonly text: string; readonly position: 'before' | 'after' };
}

export const PROVINCE_NAME = 'Tỉnh Hà Tĩnh';

export const DISTRICTS: readonly DistrictSeed[] = [
  {
    code: 'TP', type: 'thành phố', short: 'Hà Tĩnh',
    wards: ['Bắc Hà', 'Nam Hà', 'Tân Giang', 'Trần Phú', 'Hà Huy Tập', 'Nguyễn Du', 'Đại Nài', 'Văn Yên', 'Thạch Linh', 'Thạch Quý'],
    towns: [],
    communes: ['Đồng Môn', 'Thạch Bình', 'Thạch Hạ', 'Thạch Hưng', 'Thạch Trung'],
    stem: { text: 'Thạch', position: 'before' },
  },
  {
    code: 'HL', type: 'thị xã', short: 'Hồng Lĩnh',
    wards: ['Bắc Hồng', 'Nam Hồng', 'Trung Lương', 'Đức Thuận', 'Đậu Liêu'],
    towns: [],
    communes: ['Thuận Lộc'],
    stem: { text: 'Hồng', position: 'after' },
  },
  {
    code: 'TK', type: 'thị xã', short: 'Kỳ Anh',
    wards: ['Hưng Trí', 'Kỳ Liên', 'Kỳ Long', 'Kỳ Phương', 'Kỳ Thịnh', 'Kỳ Trinh'],
    towns: [],
    communes: ['Kỳ Hà', 'Kỳ Hoa', 'Kỳ Hưng', 'Kỳ Lợi', 'Kỳ Ninh'],
    stem: { text: 'Kỳ', position: 'before' },
  },
  {
    code: 'HS', type: 'huyện', short: 'Hương Sơn',
    wards: [],
    towns: ['Phố Châu', 'Tây Sơn'],
    communes: [
      'Sơn Hồng', 'Sơn Tiến', 'Sơn Lâm', 'Sơn Lễ', 'Sơn Giang', 'Sơn Lĩnh', 'An Hòa Thịnh', 'Tân Mỹ Hà',
      'Sơn Tây', 'Sơn Ninh', 'Sơn Châu', 'Sơn Bình', 'Sơn Trung', 'Sơn Bằng', 'Sơn Long', 'Sơn Trà',
      'Sơn Kim 1', 'Sơn Kim 2', 'Sơn Phú', 'Sơn Thủy', 'Quang Diệm', 'Kim Hoa', 'Sơn Trường',
    ],
    stem: { text: 'Sơn', position: 'before' },
  },
  {
    code: 'DT', type: 'huyện', short: 'Đức Thọ',
    wards: [],
    towns: ['Đức Thọ'],
    communes: [
      'Quang Vĩnh', 'Tùng Châu', 'Trường Sơn', 'Liên Minh', 'Yên Hồ', 'Tùng Ảnh', 'Bùi La Nhân',
      'Thanh Bình Thịnh', 'Lâm Trung Thủy', 'Hòa Lạc', 'Tân Dân', 'An Dũng', 'Đức Đồng', 'Đức Lạng', 'Tân Hương',
    ],
    stem: { text: 'Đức', position: 'before' },
  },
  {
    code: 'VQ', type: 'huyện', short: 'Vũ Quang',
    wards: [],
    towns: ['Vũ Quang'],
    communes: ['Ân Phú', 'Đức Giang', 'Đức Lĩnh', 'Thọ Điền', 'Hương Minh', 'Quang Thọ', 'Đức Bồng', 'Đức Hương', 'Đức Liên', 'Hương Điền'],
    stem: { text: 'Quang', position: 'before' },
  },
  {
    code: 'NX', type: 'huyện', short: 'Nghi Xuân',
    wards: [],
    towns: ['Xuân An', 'Tiên Điền'],
    communes: [
      'Xuân Giang', 'Xuân Hải', 'Xuân Hội', 'Xuân Hồng', 'Xuân Lam', 'Xuân Liên', 'Xuân Lĩnh', 'Xuân Mỹ',
      'Xuân Phổ', 'Xuân Thành', 'Xuân Viên', 'Xuân Yên', 'Cổ Đạm', 'Cương Gián', 'Đan Trường',
    ],
    stem: { text: 'Xuân', position: 'before' },
  },
  {
    code: 'CL', type: 'huyện', short: 'Can Lộc',
    wards: [],
    towns: ['Nghèn'],
    communes: [
      'Thiên Lộc', 'Thuần Thiện', 'Vượng Lộc', 'Thanh Lộc', 'Kim Song Trường', 'Thường Nga', 'Tùng Lộc', 'Phú Lộc',
      'Gia Hanh', 'Khánh Vĩnh Yên', 'Trung Lộc', 'Xuân Lộc', 'Thượng Lộc', 'Quang Lộc', 'Đồng Lộc', 'Mỹ Lộc', 'Sơn Lộc',
    ],
    stem: { text: 'Lộc', position: 'after' },
  },
  {
    code: 'HK', type: 'huyện', short: 'Hương Khê',
    wards: [],
    towns: ['Hương Khê'],
    communes: [
      'Điền Mỹ', 'Hà Linh', 'Hương Thủy', 'Hòa Hải', 'Phúc Đồng', 'Hương Giang', 'Lộc Yên', 'Hương Bình', 'Hương Long',
      'Phú Gia', 'Gia Phố', 'Phú Phong', 'Hương Đô', 'Hương Vĩnh', 'Hương Xuân', 'Phúc Trạch', 'Hương Trà',
      'Hương Trạch', 'Hương Lâm', 'Hương Liên',
    ],
    stem: { text: 'Hương', position: 'before' },
  },
  {
    code: 'TH', type: 'huyện', short: 'Thạch Hà',
    wards: [],
    towns: ['Thạch Hà'],
    communes: [
      'Thạch Hải', 'Thạch Kênh', 'Thạch Sơn', 'Thạch Liên', 'Đỉnh Bàn', 'Việt Tiến', 'Thạch Khê', 'Thạch Long',
      'Thạch Trị', 'Thạch Lạc', 'Thạch Ngọc', 'Tượng Sơn', 'Thạch Văn', 'Lưu Vĩnh Sơn', 'Thạch Thắng', 'Thạch Đài',
      'Thạch Hội', 'Tân Lâm Hương', 'Thạch Xuân', 'Nam Điền', 'Ngọc Sơn',
    ],
    stem: { text: 'Thạch', position: 'before' },
  },
  {
    code: 'CX', type: 'huyện', short: 'Cẩm Xuyên',
    wards: [],
    towns: ['Cẩm Xuyên', 'Thiên Cầm'],
    communes: [
      'Cẩm Bình', 'Cẩm Vịnh', 'Cẩm Thành', 'Cẩm Quang', 'Cẩm Thạch', 'Cẩm Nhượng', 'Nam Phúc Thăng', 'Cẩm Duệ',
      'Cẩm Lĩnh', 'Cẩm Quan', 'Cẩm Hà', 'Cẩm Lộc', 'Cẩm Hưng', 'Cẩm Thịnh', 'Cẩm Mỹ', 'Cẩm Trung', 'Cẩm Sơn',
      'Cẩm Lạc', 'Cẩm Minh', 'Cẩm Dương',
    ],
    stem: { text: 'Cẩm', position: 'before' },
  },
  {
    code: 'KA', type: 'huyện', short: 'Kỳ Anh',
    wards: [],
    towns: [],
    communes: [
      'Kỳ Bắc', 'Kỳ Phong', 'Kỳ Tiến', 'Kỳ Giang', 'Kỳ Đồng', 'Kỳ Khang', 'Kỳ Văn', 'Kỳ Trung', 'Kỳ Thọ', 'Kỳ Tây',
      'Kỳ Thượng', 'Kỳ Hải', 'Kỳ Thư', 'Kỳ Châu', 'Kỳ Tân', 'Lâm Hợp', 'Kỳ Sơn', 'Kỳ Lạc', 'Kỳ Xuân', 'Kỳ Phú',
    ],
    stem: { text: 'Kỳ', position: 'before' },
  },
  {
    code: 'LH', type: 'huyện', short: 'Lộc Hà',
    wards: [],
    towns: ['Lộc Hà'],
    communes: [
      'Bình An', 'Thịnh Lộc', 'Thạch Kim', 'Thạch Châu', 'Mai Phụ', 'Hộ Độ', 'Hồng Lộc', 'Tân Lộc', 'Ích Hậu', 'Phù Lưu', 'Thạch Mỹ',
    ],
    stem: { text: 'Lộc', position: 'after' },
  },
];

/** Syllables Hà Tĩnh commune names are made of; combined with a district's stem. */
const SYLLABLES = [
  'An', 'Bình', 'Châu', 'Đông', 'Hà', 'Hải', 'Hòa', 'Hồng', 'Hưng', 'Khánh', 'Lâm', 'Lạc', 'Lĩnh', 'Long',
  'Mỹ', 'Nam', 'Ninh', 'Phong', 'Phú', 'Phúc', 'Quang', 'Sơn', 'Tân', 'Thành', 'Thịnh', 'Thọ', 'Thủy',
  'Tiến', 'Trung', 'Trường', 'Văn', 'Vĩnh', 'Xuân', 'Yên', 'Điền', 'Đồng', 'Liên', 'Lợi', 'Minh', 'Hậu',
];

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** 'Huyện Đức Thọ', 'Thành phố Hà Tĩnh', 'Thị xã Kỳ Anh': unique, unlike the short names. */
export function districtName(d: DistrictSeed): string {
  return `${capitalize(d.type)} ${d.short}`;
}

export interface CommuneSeed {
  readonly short: string;
  readonly type: CommuneType;
}

/**
 * The district's communes for a size factor: a share of the real list below 1, the real list plus
 * invented names above. Names are unique across the province (`taken`, lower case), so a commune's
 * name alone identifies its locality.
 */
export function communesOf(d: DistrictSeed, factor: number, taken: Set<string>, random: Random): CommuneSeed[] {
  const real: CommuneSeed[] = [
    ...d.wards.map((short) => ({ short, type: 'phường' as const })),
    ...d.towns.map((short) => ({ short, type: 'thị trấn' as const })),
    ...d.communes.map((short) => ({ short, type: 'xã' as const })),
  ];
  const wanted = Math.max(1, Math.round(real.length * factor));
  const out: CommuneSeed[] = [];
  // Below the real size, keep the district's mix: take every k-th rather than the wards only.
  const step = real.length / Math.min(wanted, real.length);
  for (let i = 0; out.length < Math.min(wanted, real.length); i++) {
    const c = real[Math.floor(i * step)];
    taken.add(c.short.toLocaleLowerCase('vi'));
    out.push(c);
  }
  if (wanted <= real.length) return out;
  const urban = d.type !== 'huyện';
  const syllables = random.shuffle(SYLLABLES.filter((s) => s !== d.stem.text));
  for (let round = 1; out.length < wanted; round++) {
    for (const s of syllables) {
      if (out.length >= wanted) break;
      const base = d.stem.position === 'before' ? `${d.stem.text} ${s}` : `${s} ${d.stem.text}`;
      const short = round === 1 ? base : `${base} ${round}`;
      const key = short.toLocaleLowerCase('vi');
      if (taken.has(key)) continue;
      taken.add(key);
      out.push({ short, type: urban && random.chance(0.6) ? 'phường' : 'xã' });
    }
  }
  return out;
}

export function communeName(c: CommuneSeed): string {
  return `${capitalize(c.type)} ${c.short}`;
}
