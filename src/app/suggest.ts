import type { MipProgress, MipSolver } from '../domain/mip';
import type { Staffing } from '../domain/model';
import type { Scenario } from '../domain/scenario';
import { simulate } from '../domain/engine';
import { prepareSuggestion, suggestionOperations, type SuggestedMove, type SuggestRequest, type Suggestion, type UnbalancedUnit } from '../domain/suggest';
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
  readonly suggestion: Suggestion;
  readonly scenario: Scenario;
  /** The status and figures in a sentence, then one line per unit left out of balance. */
  readonly summary: string;
  readonly unbalanced: readonly string[];
}

export async function suggestPlan(
  staffing: Staffing, request: SuggestRequest, startMonth: string, solver: MipSolver, options: SuggestOptions,
): Promise<SuggestOutcome> {
  const baseline = simulate(staffing, { code: 'BASE', name: 'BASE', settings: { startMonth }, operations: [] }, { startMonth });
  const prepared = prepareSuggestion(staffing, baseline, request, startMonth);
  const solution = await solver.solve(prepared.model, {
    timeLimitSeconds: options.timeLimitSeconds ?? 60, relativeGap: options.relativeGap ?? 0.0001,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}),
  });
  const suggestion = prepared.decode(solution);
  const t = suggestText(options.lang);
  const names = new Map(staffing.units.map((u) => [u.id, u.name]));
  const unitName = (id: string): string => names.get(id) ?? id;
  const seconding = suggestion.mode === 'secondment';
  const scenario: Scenario = {
    code: options.code,
    name: seconding ? t.secondmentName : t.scenarioName,
    description: fill(seconding ? t.secondmentDescription : t.description, {
      date: options.runDate.split('-').reverse().join('/'), placed: formatCount(suggestion.moves.length, options.lang),
      month: monthText(suggestion.month), constraints: constraintsText(request, t), months: suggestion.durationMonths ?? '',
    }),
    settings: { startMonth },
    operations: suggestionOperations(suggestion, (m) => reasonText(m, unitName, t)),
  };
  const status = fill(t.status[suggestion.status], { gap: suggestion.gap === null ? '?' : (suggestion.gap * 100).toLocaleString(options.lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }) });
  const count = (n: number): string => formatCount(n, options.lang);
  const summary = fill(t.summary, {
    status, placed: count(suggestion.parts.placed),
    surplus: count(suggestion.before.surplus), shortage: count(suggestion.before.shortage),
    seconds: suggestion.seconds.toLocaleString(options.lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }),
    variables: count(suggestion.size.variables),
  });
  return { suggestion, scenario, summary, unbalanced: suggestion.unbalanced.map((u) => unbalancedText(u, unitName, t)) };
}

function reasonText(m: SuggestedMove, unitName: (id: string) => string, t: SuggestText): string {
  const r = m.reason;
  const to = unitName(m.to);
  return fill(r.fromSurplus > 0 ? t.reason : t.secondmentReason, {
    person: m.name, title: m.title, from: unitName(m.from), surplus: r.fromSurplus, to, shortage: r.toShortage,
    group: r.group === null ? '' : r.group.same ? fill(t.sameGroup, { field: r.group.field, value: r.group.value ?? '' }) : fill(t.acrossGroup, { field: r.group.field }),
    specialty: r.specialty === null ? '' : fill(r.specialtyLacking ? t.specialtyLacking : t.specialty, { specialty: r.specialty, to }),
  });
}

function unbalancedText(u: UnbalancedUnit, unitName: (id: string) => string, t: SuggestText): string {
  const p = u.params;
  return fill(t.unbalanced[u.why], {
    ...p, unit: unitName(u.unitId), by: u.by,
    within: p.field === undefined ? '' : fill(t.withinValue, { field: String(p.field), value: String(p.value ?? '') }),
  });
}

function constraintsText(request: SuggestRequest, t: SuggestText): string {
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
  parts.push(fill(t.constraints.roles, { roles: (c.roles ?? ['staff']).map((r) => t.roles[r]).join(', ') }));
  if (c.lockedPeople?.length) parts.push(fill(t.constraints.locked, { n: c.lockedPeople.length }));
  if (c.excludedUnits?.length) parts.push(fill(t.constraints.excluded, { n: c.excludedUnits.length }));
  return parts.join('; ');
}
