import type { Filter, Operation, PersonSelector, PostTarget, Scenario, UnitSelector } from '../domain/scenario';
import type { Lang } from '../i18n/messages';
import { fill } from '../sheets/labels';

/** Scenarios stated in words, one line per operation, for the summary sheet and the task pane. */

const OPS: Record<Lang, Record<string, string>> = {
  vi: {
    concurrentTitles: 'Nhất thể hóa: người giữ {holder} kiêm {target}{pair}; người giữ chức danh cũ: {former}{cut}',
    merge: 'Hợp nhất {units}{group}; biên chế: {quota}',
    rotation: 'Luân chuyển {people} đến {to} trong {months} tháng; biên chế tính ở {quotaAt}; khi hết hạn: {onReturn}',
    secondment: 'Biệt phái {people} đến {to} trong {months} tháng (vẫn thuộc biên chế nơi đi)',
    quotaChange: 'Điều chỉnh biên chế {units}: {change}',
    move: 'Điều động {people} đến {to}',
    abolish: 'Giải thể {units}; người đang làm việc: {people}',
  },
  en: {
    concurrentTitles: 'Concurrent titles: the holder of {holder} also takes {target}{pair}; former holder: {former}{cut}',
    merge: 'Merge {units}{group}; quota: {quota}',
    rotation: 'Rotate {people} to {to} for {months} months; quota counted at {quotaAt}; at the end: {onReturn}',
    secondment: 'Second {people} to {to} for {months} months (they stay on the origin\'s quota)',
    quotaChange: 'Change the quota of {units}: {change}',
    move: 'Move {people} to {to}',
    abolish: 'Abolish {units}; their people: {people}',
  },
};

const WORDS: Record<Lang, Record<string, string>> = {
  vi: {
    units: 'đơn vị', people: 'người', where: 'có', and: 'và', perGroup: 'mỗi', atMost: 'tối đa',
    pairBy: ' (ghép theo {f})', groupBy: ' theo từng {f}', within: ' cùng {f}', mostFree: ' (nơi còn nhiều biên chế nhất)',
    vacancy: 'chuyển đến vị trí trống cùng cấp', deputy: 'làm cấp phó', surplus: 'không bố trí chức vụ (dôi dư)',
    cut: '; giảm 1 biên chế', destination: 'nơi đến', origin: 'nơi đi',
    returnOrigin: 'về đơn vị và chức danh cũ', returnSameLevel: 'về đơn vị cũ, nếu không được thì vị trí trống cùng cấp', stay: 'ở lại nơi đến',
    sum: 'tổng', sumMinus: 'tổng − {v}', sumMinusPercent: 'tổng − {v} %', fixed: '{v}', set: 'đặt bằng {v}', cutN: 'giảm {v}', cutPercent: 'giảm {v} %',
    withoutPost: 'không bố trí chức vụ', moveTo: 'chuyển đến {to}', title: ' với chức danh “{t}”', head: 'cấp trưởng', deputyRole: 'cấp phó', staffRole: 'nhân viên',
  },
  en: {
    units: 'units', people: 'people', where: 'where', and: 'and', perGroup: 'per', atMost: 'at most',
    pairBy: ' (paired by {f})', groupBy: ' per {f}', within: ' in the same {f}', mostFree: ' (the one with the most free quota)',
    vacancy: 'moved to a vacancy of the same level', deputy: 'made a deputy', surplus: 'left without post (surplus)',
    cut: '; the quota drops by 1', destination: 'the destination', origin: 'the origin',
    returnOrigin: 'back to the origin unit and title', returnSameLevel: 'back to the origin, else any vacancy of the same level', stay: 'stay at the destination',
    sum: 'the sum', sumMinus: 'the sum − {v}', sumMinusPercent: 'the sum − {v} %', fixed: '{v}', set: 'set to {v}', cutN: 'cut by {v}', cutPercent: 'cut by {v} %',
    withoutPost: 'left without post', moveTo: 'moved to {to}', title: ' as “{t}”', head: 'head', deputyRole: 'deputy', staffRole: 'staff',
  },
};

function filters(where: readonly Filter[]): string {
  return where.map((f) => {
    const v = Array.isArray(f.value) ? `[${(f.value as unknown[]).join(', ')}]` : String(f.value);
    const op = { eq: '=', ne: '≠', in: '∈', notIn: '∉', contains: '∋', startsWith: '^=', gt: '>', gte: '≥', lt: '<', lte: '≤' }[f.op ?? (Array.isArray(f.value) ? 'in' : 'eq')];
    return `${f.field} ${op} ${v}`;
  }).join(' ∧ ');
}

function units(sel: UnitSelector, w: Record<string, string>): string {
  return 'ids' in sel ? sel.ids.join(', ') : `${w.units} ${w.where} ${filters(sel.where)}`;
}

function people(sel: PersonSelector, w: Record<string, string>): string {
  if ('ids' in sel) return sel.ids.join(', ');
  const limit = sel.limit === undefined ? '' : ` (${w.atMost} ${sel.limit}${sel.limitPer ? ` ${w.perGroup} ${sel.limitPer}` : ''})`;
  return `${w.people} ${w.where} ${filters(sel.where)}${limit}`;
}

function target(t: PostTarget, w: Record<string, string>): string {
  const rule = 'where' in t.unit;
  return units(t.unit, w) + (t.within ? fill(w.within, { f: t.within }) : '') + (rule ? w.mostFree : '') + (t.title ? fill(w.title, { t: t.title }) : '');
}

function role(r: string | undefined, w: Record<string, string>): string {
  return r === 'head' ? w.head : r === 'deputy' ? w.deputyRole : r === 'staff' ? w.staffRole : '';
}

export function describeOperation(op: Operation, lang: Lang): string {
  const w = WORDS[lang];
  const t = OPS[lang][op.type];
  const line = ((): string => {
    switch (op.type) {
      case 'concurrentTitles': {
        const post = (m: typeof op.holder): string => `${[m.title, role(m.role, w)].filter(Boolean).join(' / ')} (${units(m.units, w)})`;
        return fill(t, {
          holder: post(op.holder), target: post(op.target),
          pair: 'where' in op.holder.units || 'where' in op.target.units ? fill(w.pairBy, { f: op.pairBy ?? 'locality' }) : '',
          former: w[op.formerHolder ?? 'surplus'], cut: op.cutQuota ?? true ? w.cut : '',
        });
      }
      case 'merge': {
        const q = op.quota ?? { mode: 'sum' as const };
        return fill(t, { units: units(op.units, w), group: op.groupBy ? fill(w.groupBy, { f: op.groupBy }) : '', quota: fill(w[q.mode], { v: 'value' in q ? q.value : '' }) });
      }
      case 'rotation':
        return fill(t, {
          people: people(op.people, w), to: target(op.to, w), months: op.durationMonths ?? 36,
          quotaAt: w[op.quotaAt ?? 'destination'],
          onReturn: { origin: w.returnOrigin, sameLevelVacancy: w.returnSameLevel, stay: w.stay }[op.onReturn ?? 'origin'],
        });
      case 'secondment':
        return fill(t, { people: people(op.people, w), to: target(op.to, w), months: op.durationMonths ?? 36 });
      case 'quotaChange':
        return fill(t, { units: units(op.units, w), change: fill(w[op.change.mode === 'cut' ? 'cutN' : op.change.mode], { v: op.change.value }) });
      case 'move':
        return fill(t, { people: people(op.people, w), to: target(op.to, w) });
      case 'abolish': {
        const p = op.people ?? 'withoutPost';
        return fill(t, { units: units(op.units, w), people: p === 'withoutPost' ? w.withoutPost : fill(w.moveTo, { to: target(p.to, w) }) });
      }
    }
  })();
  return `${op.month}: ${line}${op.note ? ` — ${op.note}` : ''}`;
}

export function describeScenario(scenario: Scenario, lang: Lang): string[] {
  return scenario.operations.map((op, i) => `${i + 1}. ${describeOperation(op, lang)}`);
}
