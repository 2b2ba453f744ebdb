import type { Role } from './model';
import { normalizeText } from './text';

const HEAD_PREFIXES = ['bí thư', 'chủ tịch', 'trưởng', 'giám đốc', 'chánh', 'chủ nhiệm', 'tổng biên tập', 'hiệu trưởng', 'viện trưởng'];
const HEAD_WORDS = HEAD_PREFIXES.map((p) => `${p} `);

/**
 * Role from a title, as PRODUCT.md specifies: "Phó …" is a deputy; Bí thư, Chủ tịch, Trưởng …,
 * Giám đốc, Chánh …, Chủ nhiệm are heads; anything else is staff.
 * "Phó Bí thư" is a deputy, and so is "Phó Chủ tịch".
 */
export function inferRole(title: string): Role {
  const t = normalizeText(title);
  if (t.startsWith('phó ') || t === 'phó') return 'deputy';
  // A loop over words made once: this reads every person's title.
  for (let i = 0; i < HEAD_PREFIXES.length; i++) if (t === HEAD_PREFIXES[i] || t.startsWith(HEAD_WORDS[i])) return 'head';
  return 'staff';
}
