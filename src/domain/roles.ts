import type { Role } from './model';
import { normalizeText } from './text';

// The heads of a cục, chi cục, vụ or hạt put the unit before "trưởng" (Chi cục trưởng). Not every
// title ending in "trưởng" heads a unit: Kế toán trưởng, Chỉ huy trưởng Quân sự xã are staff.
const HEAD_PREFIXES = [
  'bí thư', 'chủ tịch', 'trưởng', 'giám đốc', 'chánh', 'chủ nhiệm', 'tổng biên tập', 'hiệu trưởng', 'viện trưởng',
  'tổng cục trưởng', 'cục trưởng', 'chi cục trưởng', 'vụ trưởng', 'hạt trưởng',
];
const HEAD_WORDS = HEAD_PREFIXES.map((p) => `${p} `);

/**
 * Role from a title, as PRODUCT.md specifies: "Phó …" is a deputy; Bí thư, Chủ tịch, Trưởng …,
 * Giám đốc, Chánh …, Chủ nhiệm, Hiệu trưởng, Viện trưởng and the heads of a cục, chi cục, vụ or hạt
 * (Cục trưởng, Chi cục trưởng, Vụ trưởng, Hạt trưởng) are heads; anything else is staff.
 * "Phó Bí thư" is a deputy, and so is "Phó Chủ tịch".
 */
export function inferRole(title: string): Role {
  const t = normalizeText(title);
  if (t.startsWith('phó ') || t === 'phó') return 'deputy';
  // A loop over words made once: this reads every person's title.
  for (let i = 0; i < HEAD_PREFIXES.length; i++) if (t === HEAD_PREFIXES[i] || t.startsWith(HEAD_WORDS[i])) return 'head';
  return 'staff';
}
