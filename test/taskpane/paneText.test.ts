import type { ScenarioDocument } from '../../src/format/scenarioDocument';
import { formatCount, langOf, loadPaneText, paneText } from '../../src/i18n/pane';
import { paneEn } from '../../src/i18n/en/pane';
import { paneVi } from '../../src/i18n/vi/pane';
import { suggestEn } from '../../src/i18n/en/suggest';
import { suggestVi } from '../../src/i18n/vi/suggest';
import { failureText, recoveryText } from '../../src/taskpane/notices';
import { EMPTY_DOCUMENT, StoreReadOnlyError, writtenStore, type StoreState } from '../../src/taskpane/session';
import { ForeignSheetError, InterruptedWriteError, WorkbookProtectedError } from '../../src/workbook/workbook';

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

const en = leaves(paneEn);
const vi = leaves(paneVi);

beforeAll(() => Promise.all([loadPaneText('en'), loadPaneText('vi')]));

describe('loading a language', () => {
  it('fetches each language once, on demand, and refuses to read one not loaded', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('../../src/i18n/pane');
      expect(fresh.loadedPaneText('en')).toBeNull();
      expect(() => fresh.paneText('en')).toThrow(/not loaded/);
      const first = await fresh.loadPaneText('en');
      expect(first.steps.data).toBe('Data');
      expect(await fresh.loadPaneText('en')).toBe(first);
      expect(fresh.paneText('en')).toBe(first);
      expect(fresh.loadedPaneText('vi')).toBeNull();
    });
  });
});

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

describe('what the pane says when a change to the workbook is refused or was cut short', () => {
  const written = (document: ScenarioDocument): StoreState => writtenStore(document);
  const damaged: StoreState = { ...written(EMPTY_DOCUMENT), damaged: true, readOnly: true };
  const newer: StoreState = { ...written(EMPTY_DOCUMENT), newer: true, readOnly: true };
  const foreign: StoreState = { ...written(EMPTY_DOCUMENT), kind: 'foreign', foreign: '_Staffing_Planner', readOnly: true };

  it.each(['vi', 'en'] as const)('names the sheet and says what to do (%s), without the words of developers', (lang) => {
    const t = paneText(lang);
    const texts = [
      failureText(new WorkbookProtectedError(null), t),
      failureText(new WorkbookProtectedError('NTH Tóm tắt'), t),
      failureText(new ForeignSheetError('_Staffing_Planner', 'store'), t),
      failureText(new ForeignSheetError('NTH Tóm tắt', 'result'), t),
      failureText(new InterruptedWriteError(), t),
      failureText(new StoreReadOnlyError(damaged), t),
      failureText(new StoreReadOnlyError(newer), t),
      failureText(new StoreReadOnlyError(foreign), t),
    ];
    expect(texts).toEqual([
      t.errors.structureProtected,
      t.errors.sheetProtected.replace(/\{sheet\}/g, 'NTH Tóm tắt'),
      t.errors.storeSheet.replace('{sheet}', '_Staffing_Planner'),
      t.run.clash.replace('{sheet}', 'NTH Tóm tắt'),
      t.errors.interrupted,
      t.errors.storeDamaged,
      t.errors.storeNewer,
      t.errors.storeSheet.replace('{sheet}', '_Staffing_Planner'),
    ]);
    // Excel's own commands, in the Vietnamese Excel too; nothing of the code.
    expect(texts[0]).toMatch(/Protect Workbook/);
    expect(texts[1]).toMatch(/Unprotect Sheet/);
    for (const text of texts) expect(text).not.toMatch(/\b(store|JSON|Error|null|undefined|sync)\b|\{/);
    expect(failureText(new Error('boom'), t)).toBe(t.common.failed.replace('{message}', 'boom'));
  });

  it.each(['vi', 'en'] as const)('says what was found at start and what was done (%s)', (lang) => {
    const t = paneText(lang);
    expect(recoveryText({ outcome: 'restored', sheets: ['NTH Tóm tắt', 'So sánh'] }, t)).toBe(t.recovery.restored.replace('{sheets}', 'NTH Tóm tắt, So sánh'));
    expect(recoveryText({ outcome: 'completed', sheets: ['So sánh'] }, t)).toBe(t.recovery.completed.replace('{sheets}', 'So sánh'));
    expect(recoveryText({ outcome: 'restored', sheets: [] }, t)).toBe(t.recovery.restoredStore);
    expect(recoveryText({ outcome: 'completed', sheets: [] }, t)).toBe(t.recovery.completedStore);
  });
});

describe("the planner's words", () => {
  it.each([['vi', paneVi, suggestVi], ['en', paneEn, suggestEn]] as const)('speak of no level the two-level state no longer has, and no solver internals (%s)', (_, t, s) => {
    const timeline = Object.values(t.run.timeline).join(' ');
    expect(timeline).not.toMatch(/huyện|district|xã|commune/i);
    expect(t.run.timeline.parent).toMatch(/cấp trên|parent/);
    for (const line of [s.summary, s.deputiesSummary]) expect(line).not.toMatch(/variables|biến|\{variables\}/);
    expect(t.data.notMapped).toMatch(/^\((chưa ghép cột|not mapped)\)$/);
  });
});
