import type { Staffing } from '../domain/model';
import type { Filter, Operation, PersonSelector, PostTarget, Scenario, UnitSelector } from '../domain/scenario';
import { idKey } from '../domain/text';
import type { Lang } from '../i18n/messages';
import { fill } from '../i18n/messages';
import { own } from '../domain/records';
import { monthText } from '../sheets/excelDate';
import { reportText } from '../sheets/labels';

/** Scenarios stated in words, one line per operation, for the summary sheet and the task pane. */

const OPS: Record<Lang, Record<string, string>> = {
  vi: {
    concurrentTitles: 'Nhất thể hóa: người giữ {holder} kiêm {target}{pair}; người giữ chức danh cũ: {former}{cut}',
    merge: 'Hợp nhất {units}{group}; biên chế: {quota}',
    rotation: 'Luân chuyển {people} đến {to} trong {months} tháng; biên chế tính ở {quotaAt}; khi hết hạn: {onReturn}',
    secondment: 'Biệt phái {people} đến {to} trong {months} tháng (vẫn thuộc biên chế nơi đi)',
    quotaChange: 'Điều chỉnh biên chế {units}: {change}',
    move: 'Điều động {people} đến {to}{balance}',
    abolish: 'Giải thể {units}; người đang làm việc: {people}',
    exit: 'Cho {people} nghỉ theo chính sách: {policy}',
  },
  en: {
    concurrentTitles: 'Concurrent titles: the holder of {holder} also takes {target}{pair}; former holder: {former}{cut}',
    merge: 'Merge {units}{group}; quota: {quota}',
    rotation: 'Rotate {people} to {to} for {months} months; quota counted at {quotaAt}; at the end: {onReturn}',
    secondment: 'Second {people} to {to} for {months} months (they stay on the origin\'s quota)',
    quotaChange: 'Change the quota of {units}: {change}',
    move: 'Move {people} to {to}{balance}',
    abolish: 'Abolish {units}; their people: {people}',
    exit: 'Let {people} leave under a policy: {policy}',
  },
};

const WORDS: Record<Lang, Record<string, string>> = {
  vi: {
    units: 'các đơn vị có', allUnits: 'mọi đơn vị', people: 'những người có', and: 'và', perGroup: 'mỗi', perUnitGroup: 'mỗi đơn vị', atMost: 'tối đa',
    pairBy: ' (ghép theo {f})', groupBy: ' theo từng {f}', within: ' cùng {f}', mostFree: ' (ưu tiên nơi còn trống vị trí đó, rồi nơi còn nhiều biên chế nhất)',
    vacancy: 'chuyển đến vị trí trống cùng cấp', deputy: 'làm cấp phó', surplus: 'chưa bố trí công tác (dôi dư)',
    cut: '; giảm 1 biên chế', destination: 'nơi đến', origin: 'nơi đi',
    returnOrigin: 'về đơn vị và chức danh cũ', returnSameLevel: 'về đơn vị cũ, nếu không được thì vị trí trống cùng cấp', stay: 'ở lại nơi đến',
    sum: 'tổng', sumMinus: 'tổng − {v}', sumMinusPercent: 'tổng − {v} %', fixed: '{v}', set: 'đặt bằng {v}', cutN: 'giảm {v}', cutPercent: 'giảm {v} %',
    withoutPost: 'chưa bố trí công tác', moveTo: 'chuyển đến {to}', title: ' với chức danh “{t}”', head: 'cấp trưởng', deputyRole: 'cấp phó', staffRole: 'công chức',
    perUnit: ', mỗi đơn vị tối đa {n} người', lacking: ', chỉ đến nơi chưa có ai cùng {f}', inOrder: ' (mỗi người đến đơn vị tương ứng, theo thứ tự)',
    balance: ', chỉ khi đơn vị đi còn vượt biên chế và đến nơi còn thiếu',
  },
  en: {
    units: 'units whose', allUnits: 'every unit', people: 'people whose', and: 'and', perGroup: 'per', perUnitGroup: 'per unit', atMost: 'at most',
    pairBy: ' (paired by {f})', groupBy: ' per {f}', within: ' in the same {f}', mostFree: ' (where that post is free first, then the most free quota)',
    vacancy: 'moved to a vacancy of the same level', deputy: 'made a deputy', surplus: 'left without post (surplus)',
    cut: '; the quota drops by 1', destination: 'the destination', origin: 'the origin',
    returnOrigin: 'back to the origin unit and title', returnSameLevel: 'back to the origin, else any vacancy of the same level', stay: 'stay at the destination',
    sum: 'the sum', sumMinus: 'the sum − {v}', sumMinusPercent: 'the sum − {v} %', fixed: '{v}', set: 'set to {v}', cutN: 'cut by {v}', cutPercent: 'cut by {v} %',
    withoutPost: 'left without post', moveTo: 'moved to {to}', title: ' as “{t}”', head: 'head', deputyRole: 'deputy', staffRole: 'staff',
    perUnit: ', at most {n} to a unit', lacking: ', only where no one has the same {f}', inOrder: ' (each person to the unit in the same place of the list)',
    balance: ', only while their unit is over quota and into units short of it',
  },
};

/** Built-in field names in words; extra columns are shown by their header. */
const FIELDS: Record<Lang, Record<string, string>> = {
  vi: {
    id: 'mã', name: 'tên', level: 'cấp', kind: 'loại đơn vị', locality: 'địa bàn', parent: 'đơn vị cấp trên',
    quota: 'biên chế', deputycap: 'số cấp phó tối đa', title: 'chức vụ', role: 'vai trò', gender: 'giới tính',
    age: 'tuổi', birthyear: 'năm sinh', yearstoretirement: 'số năm công tác còn lại', unitOf: '{f} của đơn vị',
    roster: 'số người theo biên chế', present: 'số người có mặt', vacancies: 'số biên chế còn trống', surplus: 'số người vượt biên chế',
    deputies: 'số cấp phó',
  },
  en: {
    id: 'id', name: 'name', level: 'level', kind: 'unit kind', locality: 'locality', parent: 'parent unit',
    quota: 'quota', deputycap: 'deputy cap', title: 'title', role: 'role', gender: 'gender',
    age: 'age', birthyear: 'birth year', yearstoretirement: 'years of service left', unitOf: "unit's {f}",
    roster: 'people on the quota', present: 'people present', vacancies: 'free quota', surplus: 'people over quota', deputies: 'deputies',
  },
};

/** Comparisons in words; `{v}` is the value compared with. */
const COMPARISONS: Record<Lang, Record<NonNullable<Filter['op']>, string>> = {
  vi: {
    eq: 'là {v}', ne: 'không là {v}', in: 'thuộc {v}', notIn: 'không thuộc {v}', contains: 'có chứa “{v}”',
    startsWith: 'bắt đầu bằng “{v}”', gt: 'trên {v}', gte: 'từ {v} trở lên', lt: 'dưới {v}', lte: 'từ {v} trở xuống',
  },
  en: {
    eq: 'is {v}', ne: 'is not {v}', in: 'is one of {v}', notIn: 'is none of {v}', contains: 'contains “{v}”',
    startsWith: 'starts with “{v}”', gt: 'above {v}', gte: '{v} or more', lt: 'below {v}', lte: '{v} or less',
  },
};

/**
 * A word of a table by key; a key it does not have (a field named "constructor", say) is shown as
 * written. Only own entries count: the scenario's names never reach Object.prototype.
 */
function word(words: Readonly<Record<string, string>>, key: string): string {
  return own(words, key) ?? key;
}

function fieldName(field: string, lang: Lang): string {
  const words = FIELDS[lang];
  if (field.startsWith('unit.')) {
    // "loại đơn vị" already names the unit: not "loại đơn vị của đơn vị".
    const inner = field.slice(5);
    return inner.toLowerCase() === 'kind' ? fieldName(inner, lang) : fill(words.unitOf, { f: fieldName(inner, lang) });
  }
  return own(words, field.toLowerCase()) ?? field;
}

function valueText(value: unknown, field: string, w: Record<string, string>): string {
  if (Array.isArray(value)) return value.map((v) => valueText(v, field, w)).join(', ');
  if (field.endsWith('role') && (value === 'head' || value === 'deputy' || value === 'staff')) return role(value, w);
  return String(value);
}

function filters(where: readonly Filter[], lang: Lang): string {
  const w = WORDS[lang];
  const parts = where.map((f) => {
    const op = f.op ?? (Array.isArray(f.value) ? 'in' : 'eq');
    return `${fieldName(f.field, lang)} ${fill(word(COMPARISONS[lang], op), { v: valueText(f.value, f.field, w) })}`;
  });
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${w.and} ${parts[parts.length - 1]}`;
}

/**
 * The names of the tables' units and people by idKey of their id: a line of a summary names "Nguyễn
 * Văn An (CB00057)", as a decision would, not the code alone.
 */
export interface RecordNames {
  readonly units: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, string>;
}

const NAMES = new WeakMap<Staffing, RecordNames>();

/** Made once per staffing: the editor describes each operation at every keystroke. */
export function recordNames(staffing: Staffing): RecordNames {
  let names = NAMES.get(staffing);
  if (names === undefined) {
    const of = (records: readonly { readonly id: string; readonly name: string }[]): Map<string, string> => {
      const map = new Map<string, string>();
      for (const r of records) if (r.name.trim() !== '' && !map.has(idKey(r.id))) map.set(idKey(r.id), r.name);
      return map;
    };
    names = { units: of(staffing.units), people: of(staffing.people) };
    NAMES.set(staffing, names);
  }
  return names;
}

/** Ids as the tables name them, the id in brackets; an id the tables do not have, as written. */
function named(ids: readonly string[], names: ReadonlyMap<string, string> | undefined): string {
  return ids.map((id) => {
    const name = names?.get(idKey(id));
    return name === undefined ? id : `${name} (${id})`;
  }).join(', ');
}

function units(sel: UnitSelector, lang: Lang, names?: RecordNames): string {
  const w = WORDS[lang];
  if ('ids' in sel) return named(sel.ids, names?.units);
  return sel.where.length === 0 ? w.allUnits : `${w.units} ${filters(sel.where, lang)}`;
}

function people(sel: PersonSelector, lang: Lang, names?: RecordNames): string {
  const w = WORDS[lang];
  if ('ids' in sel) return named(sel.ids, names?.people);
  // At most so many per unit id is at most so many per unit.
  const per = sel.limitPer ? (sel.limitPer.toLowerCase() === 'id' ? ` ${w.perUnitGroup}` : ` ${w.perGroup} ${fieldName(sel.limitPer, lang)}`) : '';
  const limit = sel.limit === undefined ? '' : ` (${w.atMost} ${sel.limit}${per})`;
  return `${w.people} ${filters(sel.where, lang)}${limit}`;
}

function target(t: PostTarget, lang: Lang, names?: RecordNames): string {
  const w = WORDS[lang];
  const rule = 'where' in t.unit;
  return units(t.unit, lang, names) + (t.within ? fill(w.within, { f: fieldName(t.within, lang) }) : '')
    + (t.perUnit === undefined ? '' : fill(w.perUnit, { n: t.perUnit }))
    + (t.lacking === undefined ? '' : fill(w.lacking, { f: fieldName(t.lacking, lang) }))
    + (t.assign === 'inOrder' ? w.inOrder : rule ? w.mostFree : '') + (t.title ? fill(w.title, { t: t.title }) : '');
}

function role(r: string | undefined, w: Record<string, string>): string {
  return r === 'head' ? w.head : r === 'deputy' ? w.deputyRole : r === 'staff' ? w.staffRole : '';
}

/** `names`: the tables' names, to write units and people by name; without, by their ids. */
export function describeOperation(op: Operation, lang: Lang, names?: RecordNames): string {
  const w = WORDS[lang];
  const t = word(OPS[lang], op.type);
  const line = ((): string => {
    switch (op.type) {
      case 'concurrentTitles': {
        const post = (m: typeof op.holder): string => `${[m.title, role(m.role, w)].filter(Boolean).join(' / ')} (${units(m.units, lang, names)})`;
        return fill(t, {
          holder: post(op.holder), target: post(op.target),
          pair: 'where' in op.holder.units || 'where' in op.target.units ? fill(w.pairBy, { f: fieldName(op.pairBy ?? 'locality', lang) }) : '',
          former: word(w, op.formerHolder ?? 'surplus'), cut: op.cutQuota ?? true ? w.cut : '',
        });
      }
      case 'merge': {
        const q = op.quota ?? { mode: 'sum' as const };
        return fill(t, { units: units(op.units, lang, names), group: op.groupBy ? fill(w.groupBy, { f: fieldName(op.groupBy, lang) }) : '', quota: fill(word(w, q.mode), { v: 'value' in q ? q.value : '' }) });
      }
      case 'rotation':
        return fill(t, {
          people: people(op.people, lang, names), to: target(op.to, lang, names), months: op.durationMonths ?? 36,
          quotaAt: word(w, op.quotaAt ?? 'destination'),
          onReturn: word({ origin: w.returnOrigin, sameLevelVacancy: w.returnSameLevel, stay: w.stay }, op.onReturn ?? 'origin'),
        });
      case 'secondment':
        return fill(t, { people: people(op.people, lang, names), to: target(op.to, lang, names), months: op.durationMonths ?? 36 });
      case 'quotaChange':
        return fill(t, { units: units(op.units, lang, names), change: fill(word(w, op.change.mode === 'cut' ? 'cutN' : op.change.mode), { v: op.change.value }) });
      case 'move':
        return fill(t, { people: people(op.people, lang, names), to: target(op.to, lang, names), balance: op.untilBalanced ? w.balance : '' });
      case 'abolish': {
        const p = op.people ?? 'withoutPost';
        return fill(t, { units: units(op.units, lang, names), people: p === 'withoutPost' ? w.withoutPost : fill(w.moveTo, { to: target(p.to, lang, names) }) });
      }
      case 'exit':
        return fill(t, { people: people(op.people, lang, names), policy: reportText(lang).changeDetails[op.policy] });
    }
  })();
  return `${monthText(op.month)}: ${line}${op.note ? ` — ${op.note}` : ''}`;
}

/** One line per operation, in order; whoever shows them numbers them (from 1, as the people sheet does). */
export function describeScenario(scenario: Scenario, lang: Lang, names?: RecordNames): string[] {
  return scenario.operations.map((op) => describeOperation(op, lang, names));
}
