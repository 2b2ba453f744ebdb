import type { MipProgress, MipSolver, MipStatus } from '../domain/mip';
import type { Staffing } from '../domain/model';
import type { Operation, Scenario } from '../domain/scenario';
import { simulate } from '../domain/engine';
import { prepareSuggestion, suggestionOperations, type SuggestedMove, type SuggestMode, type SuggestRequest, type Suggestion, type UnbalancedUnit } from '../domain/suggest';
import { suggestEn, type SuggestText } from '../i18n/en/suggest';
import { fill, formatCount, type Lang } from '../i18n/messages';
import { suggestVi } from '../i18n/vi/suggest';
import { monthText } from '../sheets/excelDate';

/**
 * Suggest: the planner's request in, an ordinary scenario out. The baseline is run first (the units'
 * figures at the month of the moves count the retirements before it), the program is solved, and each
 * move becomes an operation whose note says why.
 */

export function suggestText(lang: Lang): SuggestText {
  return lang === 'vi' ? suggestVi : suggestEn;
}

export interface SuggestOptions {
  readonly lang: Lang;
  /** 'YYYY-MM-DD': the host's today, named in the scenario's description. */
  readonly runDate: string;
  readonly code: string;
  readonly timeLimitSeconds?: number;
  readonly relativeGap?: number;
  readonly onProgress?: (progress: MipProgress) => void;
  readonly signal?: AbortSignal;
}

export interface SuggestOutcome {
  /** The goals' plans as one: their moves in the order solved, the worst status, the times added. */
  readonly suggestion: Suggestion;
  /** Each goal's plan, in the order solved. */
  readonly goals: readonly Suggestion[];
  readonly scenario: Scenario;
  /** The status and figures in a sentence per goal, then one line per unit left out of balance. */
  readonly summary: string;
  readonly unbalanced: readonly string[];
}

const WORST: readonly MipStatus[] = ['optimal', 'feasible', 'infeasible', 'none'];

/**
 * Several goals are solved in the order given (lexicographically): each is solved on the run with the
 * plans before it applied, and the people they name are kept where those plans put them.
 */
export async function suggestPlan(
  staffing: Staffing, requests: SuggestRequest | readonly SuggestRequest[], startMonth: string, solver: MipSolver, options: SuggestOptions,
): Promise<SuggestOutcome> {
  const goals = Array.isArray(requests) ? requests as readonly SuggestRequest[] : [requests as SuggestRequest];
  if (goals.length === 0) throw new Error('suggestPlan: no goal');
  const t = suggestText(options.lang);
  const names = new Map(staffing.units.map((u) => [u.id, u.name]));
  const unitName = (id: string): string => names.get(id) ?? id;
  const operations: Operation[] = [];
  const touched: string[] = [];
  const parts: Suggestion[] = [];
  const descriptions: string[] = [];
  const summaries: string[] = [];
  for (const goal of goals) {
    options.signal?.throwIfAborted();
    const baseline = simulate(staffing, { code: 'BASE', name: 'BASE', settings: { startMonth }, operations }, { startMonth });
    const c = goal.constraints ?? {};
    const request: SuggestRequest = touched.length === 0 ? goal : { ...goal, constraints: { ...c, placedEarlier: touched } };
    const prepared = prepareSuggestion(staffing, baseline, request, startMonth);
    const solution = await solver.solve(prepared.model, {
      timeLimitSeconds: options.timeLimitSeconds ?? 60, relativeGap: options.relativeGap ?? 0.0001,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}),
    });
    const suggestion = prepared.decode(solution);
    parts.push(suggestion);
    operations.push(...suggestionOperations(suggestion, (m) => reasonText(m, unitName, t, options.lang)));
    touched.push(...suggestion.moves.map((m) => m.personId));
    // Several goals: the date once, in the opening line, not on each goal's.
    descriptions.push(descriptionText(goal, suggestion, t, options, goals.length === 1));
    summaries.push(summaryText(suggestion, t, options.lang, goal.constraints?.coordinates));
  }
  const suggestion = parts.length === 1 ? parts[0] : merged(parts);
  const single = parts.length === 1;
  const name = single ? nameOf(parts[0].mode, t) : fill(t.goalsName, { goals: parts.map((p) => t.goals[p.mode]).join(' + ') });
  const description = single ? descriptions[0]
    : fill(t.goalsDescription, { date: dateText(options.runDate), parts: descriptions.map((d, i) => `${i + 1}. ${d.charAt(0).toLocaleUpperCase(options.lang)}${d.slice(1)}`).join('\n') });
  const scenario: Scenario = { code: options.code, name, description, settings: { startMonth }, operations };
  return {
    suggestion, goals: parts, scenario, summary: summaries.join('\n'),
    unbalanced: parts.flatMap((p) => p.unbalanced.map((u) => unbalancedText(u, unitName, t))),
  };
}

function merged(parts: readonly Suggestion[]): Suggestion {
  const sum = (f: (s: Suggestion) => number | undefined): number => parts.reduce((a, s) => a + (f(s) ?? 0), 0);
  const gaps = parts.map((p) => p.gap).filter((g): g is number => g !== null);
  return {
    ...parts[0],
    status: parts.map((p) => p.status).reduce((a, b) => (WORST.indexOf(b) > WORST.indexOf(a) ? b : a)),
    gap: gaps.length === 0 ? null : Math.max(...gaps), seconds: sum((p) => p.seconds),
    moves: parts.flatMap((p) => p.moves), unbalanced: parts.flatMap((p) => p.unbalanced),
    parts: {
      placed: sum((p) => p.parts.placed), acrossPreferred: sum((p) => p.parts.acrossPreferred), otherKind: sum((p) => p.parts.otherKind),
      specialtyMatched: sum((p) => p.parts.specialtyMatched), exits: sum((p) => p.parts.exits), deputiesOver: sum((p) => p.parts.deputiesOver),
    },
    before: { surplus: sum((p) => p.before.surplus), shortage: sum((p) => p.before.shortage), deputiesOver: sum((p) => p.before.deputiesOver) },
    size: { variables: sum((p) => p.size.variables), constraints: sum((p) => p.size.constraints), candidates: sum((p) => p.size.candidates) },
    pruned: parts.some((p) => p.pruned !== null) ? Math.min(...parts.flatMap((p) => (p.pruned === null ? [] : [p.pruned]))) : null,
  };
}

function nameOf(mode: SuggestMode, t: SuggestText): string {
  return mode === 'secondment' ? t.secondmentName : mode === 'deputies' ? t.deputiesName : t.scenarioName;
}

function dateText(runDate: string): string {
  return runDate.split('-').reverse().join('/');
}

function descriptionText(request: SuggestRequest, s: Suggestion, t: SuggestText, options: SuggestOptions, dated: boolean): string {
  const template = s.mode === 'secondment' ? t.secondmentDescription : s.mode === 'deputies' ? t.deputiesDescription : t.description;
  return fill(template, {
    proposed: dated ? fill(t.proposedOn, { date: dateText(options.runDate) }) : '', placed: formatCount(s.moves.length, options.lang),
    month: monthText(s.month), constraints: constraintsText(request, t), months: s.durationMonths ?? '',
    exits: formatCount(s.parts.exits ?? 0, options.lang), moved: formatCount(s.parts.placed, options.lang), by: s.by === undefined ? '' : monthText(s.by),
  });
}

function summaryText(s: Suggestion, t: SuggestText, lang: Lang, coordinatesField: string | undefined): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
  const status = fill(t.status[s.status], { gap: s.gap === null ? '?' : (s.gap * 100).toLocaleString(locale, { maximumFractionDigits: 2 }) });
  const count = (n: number): string => formatCount(n, lang);
  const common = { status, seconds: s.seconds.toLocaleString(locale, { maximumFractionDigits: 1 }), variables: count(s.size.variables) };
  const notes = (s.pruned !== null ? fill(t.pruned, { k: count(s.pruned) }) : '')
    + (s.unlocated ? fill(t.unlocated, { n: count(s.unlocated), field: coordinatesField ?? '' }) : '');
  if (s.mode === 'deputies') {
    return fill(t.deputiesSummary, {
      ...common, exits: count(s.parts.exits ?? 0), moved: count(s.parts.placed), by: s.by === undefined ? '' : monthText(s.by),
      before: count(s.before.deputiesOver ?? 0), after: count(s.parts.deputiesOver ?? 0),
    }) + notes;
  }
  return fill(t.summary, { ...common, placed: count(s.parts.placed), surplus: count(s.before.surplus), shortage: count(s.before.shortage) }) + notes;
}

function reasonText(m: SuggestedMove, unitName: (id: string) => string, t: SuggestText, lang: Lang): string {
  const r = m.reason;
  const to = m.to === null ? '' : unitName(m.to);
  const group = r.group === null ? '' : r.group.same ? fill(t.sameGroup, { field: r.group.field, value: r.group.value ?? '' }) : fill(t.acrossGroup, { field: r.group.field });
  if (r.caps) {
    const k = r.caps;
    const by = monthText(k.by);
    const cap = [
      ...(k.unit ? [fill(t.unitCap, { ...k.unit, by })] : []),
      ...(k.pool ? [fill(t.poolCap, { pool: k.pool.name, group: k.pool.group === null ? '' : fill(t.poolGroup, { group: k.pool.group }), deputies: k.pool.deputies, allowed: k.pool.allowed, by })] : []),
    ].join('; ');
    const left = r.monthsLeft === null ? '?' : fill(t.monthsLeft, { years: Math.floor(r.monthsLeft / 12), months: r.monthsLeft % 12 });
    const common = { person: m.name, title: m.title, from: unitName(m.from), cap, left, years: formatCount(k.exitYears, lang) };
    return m.to === null ? fill(t.exitReason, common)
      : fill(t.deputyMoveReason, { ...common, to, group: group + distanceText(r.km, t, lang), toDeputies: k.to?.deputies ?? '?', toCap: k.to?.cap ?? '?' });
  }
  return fill(r.fromSurplus > 0 ? t.reason : t.secondmentReason, {
    person: m.name, title: m.title, from: unitName(m.from), surplus: r.fromSurplus, to, shortage: r.toShortage, group,
    specialty: (r.specialty === null ? '' : fill(r.specialtyLacking ? t.specialtyLacking : t.specialty, { specialty: r.specialty, to }))
      + distanceText(r.km, t, lang),
  });
}

function distanceText(km: number | null | undefined, t: SuggestText, lang: Lang): string {
  return km === null || km === undefined ? '' : fill(t.distance, { km: km.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }) });
}

function unbalancedText(u: UnbalancedUnit, unitName: (id: string) => string, t: SuggestText): string {
  const p = u.params;
  return fill(t.unbalanced[u.why], {
    ...p, unit: unitName(u.unitId), by: u.by,
    // The rules that kept them apart, in brackets: the level only when moves keep to it (not --any-level).
    rules: bracketed([
      ...(p.anyLevel === undefined ? [fill(t.sameLevelOf, { level: String(p.level ?? '') })] : []),
      ...(p.field === undefined ? [] : [
        p.value === null || p.value === undefined || String(p.value).trim() === ''
          ? fill(t.withinNone, { field: String(p.field) })
          : fill(t.withinValue, { field: String(p.field), value: String(p.value) }),
      ]),
      ...(p.maxKm === undefined ? [] : [fill(t.withinKm, { km: p.maxKm })]),
    ]),
    reasons: u.why === 'capsHeld' ? capsReasons(p, t) : u.why === 'noCandidates' ? stayReasons(p, t) : '',
    // Months as the planner reads them elsewhere (MM/YYYY), not as the program keeps them.
    ...(typeof p.month === 'string' ? { month: monthText(p.month) } : {}),
  });
}

function bracketed(parts: readonly string[]): string {
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** Why deputies stay over a cap, the reasons that hold only ("0 are kept" says nothing). */
function capsReasons(p: UnbalancedUnit['params'], t: SuggestText): string {
  const keys = ['older', 'leaving', 'locked', 'placed', 'excluded'] as const;
  const held = keys.filter((k) => Number(p[k] ?? 0) > 0).map((k) => fill(t.capsReasons[k], { n: p[k], years: p.years }));
  return held.length > 0 ? held.join('; ') : t.capsReasons.noRoom;
}

/**
 * Why no one of an office over its quota may be moved, in brackets: the reasons that hold only, or
 * nothing when none does (those over its quota came by an earlier goal's plan: the tables place them elsewhere).
 */
function stayReasons(p: UnbalancedUnit['params'], t: SuggestText): string {
  const keys = ['retiring', 'locked', 'placed', 'role'] as const;
  const held = keys.filter((k) => Number(p[k] ?? 0) > 0).map((k) => fill(t.stayReasons[k], { n: p[k], months: p.minMonthsLeft }));
  return held.length === 0 ? '' : ` (${held.join(', ')})`;
}

function constraintsText(request: SuggestRequest, t: SuggestText): string {
  if (request.mode === 'deputies') return deputyConstraintsText(request, t);
  const c = request.constraints ?? {};
  const parts: string[] = [];
  if (c.sameLevel ?? true) parts.push(t.constraints.sameLevel);
  if ((c.preferSameKind ?? true) && request.mode !== 'secondment') parts.push(t.constraints.sameKind);
  if (c.within) parts.push(fill(t.constraints.within, { field: c.within }));
  if (c.prefer) parts.push(fill(t.constraints.prefer, { field: c.prefer }));
  parts.push(fill(t.constraints.monthsLeft, { n: c.minMonthsLeft ?? 12 }));
  const limit = c.maxFromUnit ?? (request.mode === 'secondment' ? 2 : undefined);
  if (limit !== undefined) parts.push(fill(t.constraints.maxFromUnit, { n: limit }));
  if (c.specialty) parts.push(fill(t.constraints.specialty, { field: c.specialty }));
  if (request.mode === 'secondment') parts.push(t.constraints.returns);
  parts.push(...distanceConstraints(c, t));
  parts.push(fill(t.constraints.roles, { roles: (c.roles ?? ['staff']).map((r) => t.roles[r]).join(', ') }));
  if (c.lockedPeople?.length) parts.push(fill(t.constraints.locked, { n: c.lockedPeople.length }));
  if (c.excludedUnits?.length) parts.push(fill(t.constraints.excluded, { n: c.excludedUnits.length }));
  return parts.join('; ');
}

function distanceConstraints(c: NonNullable<SuggestRequest['constraints']>, t: SuggestText): string[] {
  if (c.coordinates === undefined) return [];
  return [fill(t.constraints.coordinates, { field: c.coordinates }), ...(c.maxKm !== undefined ? [fill(t.constraints.maxKm, { n: c.maxKm })] : [])];
}

function deputyConstraintsText(request: SuggestRequest, t: SuggestText): string {
  const c = request.constraints ?? {};
  const parts: string[] = [];
  if (c.sameLevel ?? true) parts.push(t.constraints.sameLevel);
  if (c.within) parts.push(fill(t.constraints.within, { field: c.within }));
  if (c.prefer) parts.push(fill(t.constraints.prefer, { field: c.prefer }));
  if (c.exitMaxYearsLeft !== undefined) parts.push(fill(t.constraints.exitYears, { n: c.exitMaxYearsLeft }));
  parts.push(fill(t.constraints.monthsLeft, { n: c.minMonthsLeft ?? 12 }));
  if (c.keepQuota ?? true) parts.push(t.constraints.keepQuota);
  parts.push(...distanceConstraints(c, t));
  if (c.lockedPeople?.length) parts.push(fill(t.constraints.locked, { n: c.lockedPeople.length }));
  if (c.excludedUnits?.length) parts.push(fill(t.constraints.excluded, { n: c.excludedUnits.length }));
  return parts.join('; ');
}
