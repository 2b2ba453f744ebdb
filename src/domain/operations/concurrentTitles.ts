import type { ConcurrentTitlesOp } from '../scenario';
import { holdersOf, postsByUnit, selectUnits } from '../selection';
import type { HeldPost, PersonState, SimulationState } from '../state';
import { heldTitles, Status } from '../state';
import { kindIn } from '../settings';
import { normalizeText } from '../text';
import type { OperationContext } from './context';
import { knownUnitField, reportUnknown } from './context';

/**
 * Nhất thể hóa: the holder of a post in unit H also takes a post in unit T. In rule form H and T are
 * paired by a unit field (default the locality): "in every commune, the party secretary is also the
 * chair". The former holder of T's post becomes a deputy, moves to a vacancy of the same level, or is
 * left without post; T's quota drops by one (the post saved) unless told otherwise.
 */
export function applyConcurrentTitles(op: ConcurrentTitlesOp, ctx: OperationContext): void {
  const { state } = ctx;
  if (!knownUnitField(ctx, op.pairBy)) return;
  const holderUnits = reportUnknown(ctx, selectUnits(state, op.holder.units), 'unit');
  const targetUnits = reportUnknown(ctx, selectUnits(state, op.target.units), 'unit');
  const pairs = pair(ctx, op, holderUnits, targetUnits);
  if (pairs.length === 0 && holderUnits.length > 0 && targetUnits.length > 0) {
    state.report('warning', 'noMatch', ctx.index, {}, { what: 'pair' });
  }
  const posts = postsByUnit(state);
  for (const [h, t] of pairs) {
    const holding = holdersOf(posts, h, op.holder).find((x) => x.person.status === Status.Working);
    if (!holding) {
      state.report('warning', 'postNotFound', ctx.index, { unit: h }, { post: describe(op.holder) });
      continue;
    }
    const holder = holding.person;
    const current = holdersOf(posts, t, op.target)[0];
    const title = op.target.title ?? current?.post.title;
    if (title === undefined) {
      state.report('warning', 'postNotFound', ctx.index, { unit: t }, { post: describe(op.target) });
      continue;
    }
    if (current && current.person === holder) continue;
    const titles = heldTitles(holder) + holder.inputConcurrent + 1;
    if (titles > state.settings.maxTitlesPerPerson) {
      state.report('error', 'tooManyTitles', ctx.index, { person: holder, unit: t }, { titles, max: state.settings.maxTitlesPerPerson });
      continue;
    }
    const post: HeldPost = { unit: t, title, role: current?.post.role ?? op.target.role ?? 'head' };
    if (current) replaceFormerHolder(ctx, op, current.person, current.post);
    state.update(holder, (p) => p.posts.push(post));
    state.recordChange(holder, 'concurrentTitle', state.postRef(holding.post), state.postRef(post), ctx.index, null);
    if (op.cutQuota ?? true) state.units[t].quota = Math.max(0, state.units[t].quota - 1);
    flagConcentration(ctx, holder.posts, holder);
  }
}

function pair(ctx: OperationContext, op: ConcurrentTitlesOp, holders: number[], targets: number[]): [number, number][] {
  if ('ids' in op.holder.units && 'ids' in op.target.units) {
    return holders.length === 1 && targets.length === 1 ? [[holders[0], targets[0]]] : zip(holders, targets);
  }
  const field = op.pairBy ?? 'locality';
  const byKey = new Map<string, number>();
  for (const t of targets) {
    const key = ctx.state.unitField(t, field);
    if (key !== null && !byKey.has(normalizeText(String(key)))) byKey.set(normalizeText(String(key)), t);
  }
  const out: [number, number][] = [];
  for (const h of holders) {
    const key = ctx.state.unitField(h, field);
    const t = key === null ? undefined : byKey.get(normalizeText(String(key)));
    if (t !== undefined && t !== h) {
      out.push([h, t]);
      byKey.delete(normalizeText(String(key)));
    }
  }
  return out;
}

function zip(a: number[], b: number[]): [number, number][] {
  return a.slice(0, Math.min(a.length, b.length)).map((x, i) => [x, b[i]]);
}

function replaceFormerHolder(ctx: OperationContext, op: ConcurrentTitlesOp, former: PersonState, post: HeldPost): void {
  const { state } = ctx;
  const from = state.postRef(post);
  const policy = op.formerHolder ?? 'surplus';
  const others = former.posts.filter((x) => x !== post);
  if (policy === 'deputy') {
    const deputy: HeldPost = { unit: post.unit, title: `Phó ${post.title}`, role: 'deputy' };
    state.update(former, (p) => {
      p.posts = p.posts.map((x) => (x === post ? deputy : x));
    });
    state.recordChange(former, 'replacedByConcurrent', from, state.postRef(deputy), ctx.index, null);
    return;
  }
  if (others.length > 0) {
    // Still holds another post: only this one is taken away.
    state.update(former, (p) => {
      p.posts = others;
    });
    state.recordChange(former, 'replacedByConcurrent', from, state.postRef(others[0]), ctx.index, null);
    return;
  }
  if (policy === 'vacancy') {
    const unit = state.units[post.unit];
    const to = state.vacancyAtLevel(unit.level, unit.locality, post.unit);
    if (to >= 0) {
      const moved: HeldPost = { unit: to, title: post.title, role: 'staff' };
      state.place(former, moved);
      state.recordChange(former, 'replacedByConcurrent', from, state.postRef(moved), ctx.index, null);
      return;
    }
    state.report('warning', 'noDestination', ctx.index, { person: former, unit: post.unit }, {});
  }
  state.unpost(former, post.unit);
  state.recordChange(former, 'withoutPost', from, null, ctx.index, null);
  state.report('warning', 'withoutPost', ctx.index, { person: former, unit: post.unit }, {});
}

function describe(m: { title?: string; role?: string }): string {
  return [m.title, m.role].filter((x) => x !== undefined).join(' / ');
}

/** One person heading both the party committee and the people's committee of a locality. */
function flagConcentration(ctx: OperationContext, posts: HeldPost[], person: PersonState): void {
  const { state } = ctx;
  const found = concentration(state, posts);
  if (found) state.report('warning', 'powerConcentration', ctx.index, { person, unit: found.partyUnit }, { locality: found.locality });
}

/** Where these posts head both the party and the people's committee of one locality, or null. */
export function concentration(state: SimulationState, posts: readonly HeldPost[]): { locality: string; partyUnit: number } | null {
  const s = state.settings;
  for (const a of posts) {
    if (a.role !== 'head' || !kindIn(state.units[a.unit].kind, s.partyCommitteeKinds)) continue;
    const locality = state.units[a.unit].locality;
    for (const b of posts) {
      if (b.role !== 'head' || !kindIn(state.units[b.unit].kind, s.peopleCommitteeKinds)) continue;
      if (state.units[b.unit].locality === locality) return { locality: locality ?? '', partyUnit: a.unit };
    }
  }
  return null;
}
