import { formatCount, langOf, paneText } from '../../src/i18n/pane';

/** Every string of a text tree, by its dotted path. Anything that is not a string or an object is reported. */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [p, v] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, v);
    }
  } else out.set(path, node);
  return out;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

const en = leaves(paneText('en'));
const vi = leaves(paneText('vi'));

describe('langOf', () => {
  it("reads Office's display language: Vietnamese for vi-*, English otherwise", () => {
    expect(langOf('vi-VN')).toBe('vi');
    expect(langOf('VI')).toBe('vi');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('fr-FR')).toBe('en');
    expect(langOf('')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
});

describe('pane texts', () => {
  it('gives each language its own texts', () => {
    expect(paneText('en').steps.data).toBe('Data');
    expect(paneText('vi').steps.data).toBe('Dữ liệu');
  });

  it('have the same keys in Vietnamese and English', () => {
    expect(en.size).toBeGreaterThan(100);
    expect([...vi.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('are all non-empty strings', () => {
    const bad = [...en, ...vi].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('keep in Vietnamese every placeholder of the English text, and add none', () => {
    const missing: string[] = [];
    for (const [key, text] of en) {
      const other = vi.get(key);
      if (typeof text !== 'string' || typeof other !== 'string') continue;
      const theirs = placeholders(other);
      for (const p of placeholders(text)) if (!theirs.includes(p)) missing.push(`${key}: {${p}}`);
      for (const p of theirs) if (!placeholders(text).includes(p)) missing.push(`${key}: extra {${p}}`);
    }
    expect(missing).toEqual([]);
    expect(placeholders(paneText('vi').scenarios.renamedOnImport)).toEqual(['from', 'to']);
  });
});

describe('formatCount', () => {
  it('groups thousands as each language writes them', () => {
    expect(formatCount(6466, 'vi')).toBe('6.466');
    expect(formatCount(6466, 'en')).toBe('6,466');
    expect(formatCount(-83, 'vi')).toBe('-83');
  });
});
