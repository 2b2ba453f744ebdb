import type { Month } from '../month';
import type { Resolved } from '../selection';
import type { HeldPost, PersonState, SimulationState } from '../state';

/** What an operation sees when it is applied: the state, the month, its own index in the scenario. */
export interface OperationContext {
  readonly state: SimulationState;
  readonly month: Month;
  readonly index: number;
}

/** Ids of the single form that do not exist are errors of the operation; the rest still applies. */
export function reportUnknown<T>(ctx: OperationContext, resolved: Resolved<T>, kind: 'unit' | 'person'): T[] {
  for (const id of resolved.unknown) {
    ctx.state.report('error', kind === 'unit' ? 'unknownUnit' : 'unknownPerson', ctx.index, {}, { id });
  }
  for (const id of resolved.closed ?? []) ctx.state.report('error', 'unitClosed', ctx.index, {}, { unit: id });
  // A unit merged earlier: the operation acts on the merged unit, all of it (a quota set there is
  // the merged unit's quota). Said, so that the planner checks it was meant.
  for (const m of resolved.merged ?? []) {
    const into = ctx.state.unitById(m.into);
    ctx.state.report('warning', 'unitMerged', ctx.index, into === undefined ? {} : { unit: into }, { merged: m.id, into: m.into });
  }
  const fields = resolved.unknownFields ?? [];
  for (const field of fields) ctx.state.report('error', 'unknownField', ctx.index, {}, { field });
  if (fields.length === 0 && resolved.items.length === 0 && resolved.unknown.length === 0 && (resolved.closed ?? []).length === 0) {
    ctx.state.report('warning', 'noMatch', ctx.index, {}, { what: kind });
  }
  return resolved.items;
}

/** A unit field a rule groups or pairs by (groupBy, pairBy, within): an error if no unit has it. */
export function knownUnitField(ctx: OperationContext, field: string | undefined): boolean {
  if (field === undefined || ctx.state.knowsField(field, 'unit')) return true;
  ctx.state.report('error', 'unknownField', ctx.index, {}, { field });
  return false;
}

/**
 * A deputy placed in a unit whose deputy posts are all taken (at or above its cap): the rule form picks
 * a unit where the post is free when there is one, so this says that there was none.
 */
export function reportDeputyAboveCap(ctx: OperationContext, p: PersonState, post: HeldPost, unit: number): void {
  const { state } = ctx;
  if (post.role !== 'deputy') return;
  const deputies = state.counters.deputies[unit];
  const cap = state.units[unit].deputyCap;
  if (deputies >= cap) state.report('warning', 'deputyAboveCap', ctx.index, { person: p, unit }, { deputies, cap });
}
