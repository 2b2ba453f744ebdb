import type { MergeOp, MergeQuota } from '../scenario';
import { formatMonth } from '../month';
import type { PostHolding } from '../selection';
import { postsByUnit, selectUnits } from '../selection';
import type { HeldPost } from '../state';
import { Status } from '../state';
import { idKey, normalizeText } from '../text';
import type { OperationContext } from './context';
import { knownUnitField, reportUnknown } from './context';

/**
 * Hợp nhất: the units of each group become one. Everyone on their rosters, in their posts or away from
 * them moves to the merged unit; one head stays (the chosen one, else the head of the first unit) and
 * the other heads become deputies. Deputies above the cap must be gone within the grace period: the
 * month they are is projected from retirements and the rotations scheduled to end.
 */
export function applyMerge(op: MergeOp, ctx: OperationContext): void {
  const { state } = ctx;
  if (!knownUnitField(ctx, op.groupBy)) return;
  const selected = reportUnknown(ctx, selectUnits(state, op.units), 'unit');
  const groups = groupUnits(ctx, op, selected);
  if (groups.size === 0 && selected.length > 0) state.report('warning', 'noMatch', ctx.index, {}, { what: 'group' });
  const remap = new Int32Array(state.units.length + groups.size).map((_, i) => i);
  const survivors: { unit: number; members: number[]; headId: string | undefined }[] = [];
  for (const [group, members] of groups) {
    const survivor = survivorOf(ctx, op, group, members);
    const quotas = members.map((u) => state.units[u].quota);
    const unit = state.units[survivor];
    unit.quota = mergedQuota(op.quota ?? { mode: 'sum' }, quotas);
    // Only a quota given as a number can exceed the total: staff after a merger stay within it.
    const total = quotas.reduce((a, b) => a + b, 0);
    if (unit.quota > total) state.report('warning', 'mergedQuotaAboveTotal', ctx.index, { unit: survivor }, { quota: unit.quota, total });
    if (op.deputyCap !== undefined) unit.deputyCap = op.deputyCap;
    for (const u of members) {
      if (u === survivor) continue;
      state.units[u].closedFrom = ctx.month;
      state.units[u].mergedInto = survivor;
      state.units[u].quota = 0;
      remap[u] = survivor;
      unit.vacatedPosts.push(...state.units[u].vacatedPosts.splice(0));
      unit.vacatedHeads += state.units[u].vacatedHeads;
      state.units[u].vacatedHeads = 0;
      state.units[u].vacancyOpened.length = 0;
    }
    survivors.push({ unit: survivor, members, headId: op.headId });
  }
  const origins = movePeople(ctx, remap);
  const posts = postsByUnit(state);
  for (const s of survivors) settleHeads(ctx, s.unit, s.members, s.headId, posts, origins);
  // Once every head is settled: the posts as they are then, indexed once for all the survivors, and
  // only when one of them has deputies over its cap.
  let settled: Map<number, PostHolding[]> | null = null;
  for (const s of survivors) projectDeputyCompliance(ctx, s.unit, () => (settled ??= postsByUnit(state)));
}

function groupUnits(ctx: OperationContext, op: MergeOp, units: number[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const u of units) {
    const value = op.groupBy === undefined ? '' : ctx.state.unitField(u, op.groupBy);
    if (value === null) continue;
    const key = normalizeText(String(value));
    const list = groups.get(key);
    if (list) list.push(u);
    else groups.set(key, [u]);
  }
  for (const [key, members] of groups) if (members.length < 2) groups.delete(key);
  return groups;
}

function fill(template: string, first: { id: string; name: string }, group: string): string {
  return template.replace(/\{first\}/g, first.id).replace(/\{firstName\}/g, first.name).replace(/\{group\}/g, group);
}

/** The unit that remains: a new unit when `into.id` names one that does not exist, else a member. */
function survivorOf(ctx: OperationContext, op: MergeOp, groupKey: string, members: number[]): number {
  const { state } = ctx;
  const first = state.units[members[0]];
  const groupLabel = op.groupBy === undefined ? '' : String(state.unitField(members[0], op.groupBy) ?? groupKey);
  const id = op.into?.id === undefined ? first.id : fill(op.into.id, first, groupLabel);
  const name = op.into?.name === undefined ? undefined : fill(op.into.name, first, groupLabel);
  const existing = state.unitById(id);
  if (existing !== undefined && members.includes(existing)) {
    const unit = state.units[existing];
    if (name !== undefined) unit.name = name;
    if (op.into?.kind !== undefined) unit.kind = op.into.kind;
    return existing;
  }
  const created = state.addUnit({
    id: existing === undefined ? id : `${id}-${ctx.index + 1}`,
    name: name ?? first.name, level: first.level, kind: op.into?.kind ?? first.kind, locality: first.locality,
    parent: first.parent, extra: first.extra, inInput: false, quota: 0, deputyCap: first.deputyCap,
  });
  state.units[created].vacancyOpened.length = 0;
  return created;
}

function mergedQuota(rule: MergeQuota, quotas: number[]): number {
  const sum = quotas.reduce((a, b) => a + b, 0);
  switch (rule.mode) {
    case 'sum': return sum;
    case 'sumMinus': return Math.max(0, sum - rule.value);
    // A cut of p % removes at least p % of the posts: the number cut is rounded up.
    case 'sumMinusPercent': return Math.max(0, sum - Math.ceil((sum * rule.value) / 100 - 1e-9));
    case 'fixed': return rule.value;
  }
}

/**
 * One pass over everyone: rosters, posts and absences in merged units move to the survivor.
 * Returns, for each person moved, the unit their primary post was in.
 */
function movePeople(ctx: OperationContext, remap: Int32Array): Map<number, number> {
  const { state } = ctx;
  const origins = new Map<number, number>();
  const moved = (u: number): number => (u >= 0 && u < remap.length ? remap[u] : u);
  for (const p of state.people) {
    if (p.status === Status.Retired) continue;
    const touched = moved(p.rosterUnit) !== p.rosterUnit || moved(p.presentUnit) !== p.presentUnit
      || p.posts.some((x) => moved(x.unit) !== x.unit) || (p.away !== null && moved(p.away.origin) !== p.away.origin);
    if (!touched) continue;
    const before = p.posts[0];
    state.update(p, (x) => {
      x.rosterUnit = moved(x.rosterUnit);
      x.presentUnit = moved(x.presentUnit);
      x.posts = x.posts.map((post) => ({ ...post, unit: moved(post.unit) }));
      if (x.away) x.away.origin = moved(x.away.origin);
    });
    if (before !== undefined && moved(before.unit) !== before.unit) {
      origins.set(p.index, before.unit);
      state.recordChange(p, 'mergedUnit', state.postRef(before), state.postRef(p.posts[0]), ctx.index, null);
    }
  }
  return origins;
}

/** One head in the merged unit; the other heads become deputies with the head's title prefixed "Phó". */
function settleHeads(
  ctx: OperationContext, unit: number, members: number[], headId: string | undefined,
  posts: Map<number, PostHolding[]>, origins: Map<number, number>,
): void {
  const { state } = ctx;
  const rank = (h: PostHolding): number => {
    const i = members.indexOf(origins.get(h.person.index) ?? unit);
    return i < 0 ? members.length : i;
  };
  // The first unit's head comes first.
  const heads = (posts.get(unit) ?? []).filter((h) => h.post.role === 'head').sort((a, b) => rank(a) - rank(b));
  if (heads.length === 0) return;
  const isChosen = (h: PostHolding): boolean => headId !== undefined && idKey(h.person.id) === idKey(headId);
  if (headId !== undefined && !heads.some(isChosen)) {
    state.report('error', 'unknownPerson', ctx.index, { unit }, { id: headId });
  }
  const chosen = heads.find(isChosen) ?? heads[0];
  for (const h of heads) {
    if (h === chosen) continue;
    const deputy: HeldPost = { unit, title: `Phó ${chosen.post.title}`, role: 'deputy' };
    const from = state.postRef(h.post);
    state.update(h.person, (p) => {
      p.posts = p.posts.map((x) => (x === h.post ? deputy : x));
    });
    state.recordChange(h.person, 'headToDeputy', from, state.postRef(deputy), ctx.index, null);
  }
}

/**
 * When the merged unit's deputies will be within the cap, from what is scheduled: a deputy leaves
 * the month after retiring, or when the rotation that brought them here ends, whichever comes first.
 * (A deputy of the unit coming back from a rotation takes a deputy post only if one is free within
 * the cap: never above it.) Unknown when too few of them have a month to leave.
 */
function projectDeputyCompliance(ctx: OperationContext, unit: number, posts: () => ReadonlyMap<number, readonly PostHolding[]>): void {
  const { state } = ctx;
  const cap = state.units[unit].deputyCap;
  const deputies = state.counters.deputies[unit];
  const excess = deputies - cap;
  if (excess <= 0) return;
  const events: [month: number, change: number][] = [];
  const leaves = (month: number | null) => {
    if (month !== null) events.push([month, -1]);
  };
  for (const h of posts().get(unit) ?? []) {
    if (h.post.role !== 'deputy') continue;
    const p = h.person;
    const retired = p.lastMonth === null ? null : p.lastMonth + 1;
    const away = p.away;
    const rotatedIn = away !== null && away.kind === 'rotation' && away.onReturn !== 'stay' && p.posts[0] === h.post;
    leaves(rotatedIn ? Math.min(away.endMonth, retired ?? Infinity) : retired);
  }
  events.sort((a, b) => a[0] - b[0]);
  let count = deputies;
  let compliant: number | null = null;
  for (let i = 0; i < events.length; ) {
    const month = events[i][0];
    for (; i < events.length && events[i][0] === month; i++) count += events[i][1];
    if (count <= cap) compliant ??= month;
    else compliant = null;
  }
  const params = { deputies, cap, excess };
  if (compliant === null) {
    state.report('warning', 'excessDeputiesNoProjection', ctx.index, { unit }, params);
    return;
  }
  const deadline = ctx.month + state.settings.mergeGraceMonths;
  const at = { ...params, compliantFrom: formatMonth(compliant), deadline: formatMonth(deadline) };
  state.report('warning', compliant > deadline ? 'excessDeputiesBeyondGrace' : 'excessDeputies', ctx.index, { unit }, at);
}
