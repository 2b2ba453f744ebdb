import type { Role } from './model';
import { normalizeText } from './text';

const HEAD_PREFIXES = ['bí thư', 'chủ tịch', 'trưởng', 'giám đốc', 'chánh', 'chủ nhiệm', 'tổng biên tập', 'hiệu trưởng', 'viện trưởng'];

/**
 * Role from a title, as PRODUCT.md specifies: "Phó …" is a deputy; Bí thư, Chủ tịch, Trưởng …,
 * Giám đốc, Chánh …, Chủ nhiệm are heads; anything else is staff.
 * "Phó Bí thư" is a deputy, and so is "Phó Chủ tịch".
 */
export function inferRole(title: string): Role {
  const t = normalizeText(title);
  if (t.startsWith('phó ') || t === 'phó') return 'deputy';
  if (HEAD_PREFIXES.some((p) => t === p || t.startsWith(p + ' '))) return 'head';
  return 'staff';
}
