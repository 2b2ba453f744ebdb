import type { IssueCode, Severity } from '../../src/domain/issues';
import type { Role } from '../../src/domain/model';
import { type ChangeKind, type Kpi, METRICS, type PersonChange, type PostRef } from '../../src/domain/result';
import type {
  AbolishOp, ConcurrentTitlesOp, ExitOp, Filter, FilterOp, MergeOp, MergeQuota, MoveOp, OperationType, PersonSelector,
  PostMatch, PostTarget, QuotaChange, QuotaChangeOp, RotationOp, Scenario, SecondmentOp, UnitSelector,
} from '../../src/domain/scenario';
import { EXIT_POLICIES, OPERATION_TYPES } from '../../src/domain/scenario';
import type { HiringPolicy, PartialSettings, PooledCap, RetirementAgeRule, Settings } from '../../src/domain/settings';
import resultSchema from '../../src/format/result.schema.json';
import type { PoolPayload, ResultDocument, ScenarioPayload, UnitPayload } from '../../src/format/resultDocument';
import { KEY_ORDER, type ScenarioDocument, type ScenarioRun } from '../../src/format/scenarioDocument';
import scenarioSchema from '../../src/format/scenarios.schema.json';

/**
 * The schemas must say exactly what the TypeScript types say. The lists below are typed as
 * Record<keys of the type, true>, so the compiler fails this test when a type gains or loses a field
 * and the list is not updated; the assertions then compare each list with the schema.
 */

type KeysOf<T> = T extends unknown ? keyof T : never;
type RequiredKeysOf<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

function fields<T>(record: Record<KeysOf<T> & string, true>): string[] {
  return Object.keys(record).sort();
}
function requiredFields<T>(record: Record<RequiredKeysOf<T> & string, true>): string[] {
  return Object.keys(record).sort();
}
function values<T extends string>(record: Record<T, true>): string[] {
  return Object.keys(record).sort();
}

type Node = { readonly [key: string]: unknown };

function def(schema: Node, ...path: string[]): Node {
  let node: unknown = schema;
  for (const key of path) node = (node as Node)[key];
  return node as Node;
}

/** Property names a subschema allows, across its if/then/else and allOf branches (not through $ref). */
function schemaFields(node: Node): string[] {
  const names = new Set<string>(Object.keys((node.properties as Node | undefined) ?? {}));
  const branches = [node.then, node.else, ...((node.allOf as unknown[] | undefined) ?? []).flatMap((b) => [(b as Node).then, (b as Node).else])];
  for (const branch of branches) {
    if (branch && typeof branch === 'object') for (const name of schemaFields(branch as Node)) names.add(name);
  }
  return [...names].sort();
}

function required(node: Node): string[] {
  return [...((node.required as string[] | undefined) ?? [])].sort();
}

function enumOf(node: Node): string[] {
  return [...(node.enum as string[])].sort();
}

const ISSUE_CODES = values<IssueCode>({
  unknownUnit: true, unknownPerson: true, noMatch: true, personNotAvailable: true, unitClosed: true, unitMerged: true,
  postNotFound: true, noDestination: true, tooManyTitles: true, unknownField: true, secondmentTooLong: true,
  rotationTooShort: true, rotationFewYearsLeft: true, returnConflict: true, withoutPost: true,
  destinationFull: true, secondHead: true, deputyAboveCap: true, mergedQuotaAboveTotal: true, excessDeputies: true, excessDeputiesBeyondGrace: true,
  excessDeputiesNoProjection: true, powerConcentration: true, unitWithoutHead: true, outsideHorizon: true,
  retiredBeforeStart: true, leftBeforeStart: true, earlyRetirementNotEligible: true, resignationNotEligible: true, resignationWhileEarlyRetirementAge: true, exitUnchecked: true,
  pooledCapExceeded: true, pooledCapBeyondDeadline: true, pooledCapNoProjection: true, deputiesAboveParent: true,
  deputiesAboveParentNoProjection: true, stillAboveQuota: true, stillBelowQuota: true,
});

const S = scenarioSchema as unknown as Node;
const R = resultSchema as unknown as Node;

describe('scenarios.schema.json matches the TypeScript types', () => {
  const objects: Array<[string, Node, string[], string[] | null]> = [
    ['ScenarioDocument', S, fields<ScenarioDocument>({ $schema: true, format: true, version: true, scenarios: true, mapping: true, runs: true }),
      requiredFields<ScenarioDocument>({ format: true, version: true, scenarios: true })],
    ['ScenarioRun', def(S, '$defs', 'run'), fields<ScenarioRun>({ code: true, fingerprint: true, scenario: true, ranAt: true }),
      requiredFields<ScenarioRun>({ code: true, fingerprint: true, ranAt: true })],
    ['Scenario', def(S, '$defs', 'scenario'),
      fields<Scenario>({ code: true, name: true, description: true, settings: true, operations: true }),
      requiredFields<Scenario>({ code: true, name: true, operations: true })],
    ['PartialSettings', def(S, '$defs', 'settings'), fields<PartialSettings>({
      startMonth: true, horizonMonths: true, hiring: true, retirement: true, maxTitlesPerPerson: true,
      deputyCapByLevel: true, deputyCapDefault: true, mergeGraceMonths: true, rotationMinMonths: true,
      rotationMinYearsLeft: true, secondmentMaxMonths: true, partyCommitteeKinds: true, peopleCommitteeKinds: true,
      earlyRetirementMaxYearsLeft: true, resignationMinYearsLeft: true, restructuringMonth: true, pooledCaps: true,
      parentDeputyCap: true,
    }), []],
    ['PooledCap', def(S, '$defs', 'pooledCap'), fields<PooledCap>({ name: true, units: true, groupBy: true, average: true }),
      requiredFields<PooledCap>({ name: true, units: true, average: true })],
    ['Settings.hiring', def(S, '$defs', 'settings', 'properties', 'hiring'),
      fields<Settings['hiring']>({ policy: true, lagMonths: true }), []],
    ['Settings.retirement', def(S, '$defs', 'settings', 'properties', 'retirement'),
      fields<Settings['retirement']>({ enabled: true, table: true }), []],
    ['RetirementAgeRule', def(S, '$defs', 'retirementAgeRule'),
      fields<RetirementAgeRule>({ fromYear: true, menMonths: true, womenMonths: true, source: true }),
      requiredFields<RetirementAgeRule>({ fromYear: true, menMonths: true, womenMonths: true, source: true })],
    ['Filter', def(S, '$defs', 'filter'), fields<Filter>({ field: true, op: true, value: true }),
      requiredFields<Filter>({ field: true, value: true })],
    ['UnitSelector', def(S, '$defs', 'unitSelector'), fields<UnitSelector>({ ids: true, where: true }), null],
    ['PersonSelector', def(S, '$defs', 'personSelector'),
      fields<PersonSelector>({ ids: true, where: true, limit: true, limitPer: true }), null],
    ['PostTarget', def(S, '$defs', 'postTarget'), fields<PostTarget>({
      unit: true, within: true, title: true, role: true, perUnit: true, lacking: true, assign: true,
    }),
      requiredFields<PostTarget>({ unit: true })],
    ['PostMatch', def(S, '$defs', 'postMatch'), fields<PostMatch>({ units: true, title: true, role: true }),
      requiredFields<PostMatch>({ units: true })],
    ['ConcurrentTitlesOp', def(S, '$defs', 'concurrentTitlesOp'), fields<ConcurrentTitlesOp>({
      type: true, month: true, note: true, holder: true, target: true, pairBy: true, formerHolder: true, cutQuota: true,
    }), requiredFields<ConcurrentTitlesOp>({ type: true, month: true, holder: true, target: true })],
    ['MergeOp', def(S, '$defs', 'mergeOp'), fields<MergeOp>({
      type: true, month: true, note: true, units: true, groupBy: true, into: true, quota: true, headId: true, deputyCap: true,
    }), requiredFields<MergeOp>({ type: true, month: true, units: true })],
    ['MergeOp.into', def(S, '$defs', 'mergeOp', 'properties', 'into'),
      fields<NonNullable<MergeOp['into']>>({ id: true, name: true, kind: true }), []],
    ['MergeQuota', def(S, '$defs', 'mergeQuota'), fields<MergeQuota>({ mode: true, value: true }), null],
    ['RotationOp', def(S, '$defs', 'rotationOp'), fields<RotationOp>({
      type: true, month: true, note: true, people: true, to: true, durationMonths: true, quotaAt: true, onReturn: true,
    }), requiredFields<RotationOp>({ type: true, month: true, people: true, to: true })],
    ['SecondmentOp', def(S, '$defs', 'secondmentOp'),
      fields<SecondmentOp>({ type: true, month: true, note: true, people: true, to: true, durationMonths: true }),
      requiredFields<SecondmentOp>({ type: true, month: true, people: true, to: true })],
    ['QuotaChangeOp', def(S, '$defs', 'quotaChangeOp'),
      fields<QuotaChangeOp>({ type: true, month: true, note: true, units: true, change: true }),
      requiredFields<QuotaChangeOp>({ type: true, month: true, units: true, change: true })],
    ['QuotaChange', def(S, '$defs', 'quotaChange'), fields<QuotaChange>({ mode: true, value: true }),
      requiredFields<QuotaChange>({ mode: true, value: true })],
    ['MoveOp', def(S, '$defs', 'moveOp'), fields<MoveOp>({ type: true, month: true, note: true, people: true, to: true, untilBalanced: true }),
      requiredFields<MoveOp>({ type: true, month: true, people: true, to: true })],
    ['AbolishOp', def(S, '$defs', 'abolishOp'), fields<AbolishOp>({ type: true, month: true, note: true, units: true, people: true }),
      requiredFields<AbolishOp>({ type: true, month: true, units: true })],
    ['AbolishOp.people (object form)', def(S, '$defs', 'abolishOp', 'properties', 'people', 'else'),
      fields<Exclude<AbolishOp['people'], string | undefined>>({ to: true }), ['to']],
    ['ExitOp', def(S, '$defs', 'exitOp'), fields<ExitOp>({ type: true, month: true, note: true, people: true, policy: true }),
      requiredFields<ExitOp>({ type: true, month: true, people: true, policy: true })],
  ];

  it.each(objects)('%s: same fields, same required fields', (_name, node, tsFields, tsRequired) => {
    expect(schemaFields(node)).toEqual(tsFields);
    if (tsRequired !== null) expect(required(node)).toEqual(tsRequired.sort());
  });

  it('has one operation definition per operation type, chosen by type', () => {
    const operation = def(S, '$defs', 'operation');
    expect(enumOf(def(operation, 'properties', 'type'))).toEqual([...OPERATION_TYPES].sort());
    const branches = (operation.allOf as Node[]).map((b) => [def(b, 'if', 'properties', 'type').const, def(b, 'then').$ref]);
    expect(branches).toEqual(OPERATION_TYPES.map((t) => [t, `#/$defs/${t}Op`]));
    for (const t of OPERATION_TYPES) expect(def(S, '$defs', `${t}Op`, 'properties', 'type').const).toBe(t);
  });

  it('has the same allowed values as the type unions', () => {
    const ops: Record<OperationType, true> = {
      concurrentTitles: true, merge: true, rotation: true, secondment: true, quotaChange: true, move: true, abolish: true, exit: true,
    };
    expect([...OPERATION_TYPES].sort()).toEqual(values(ops));
    expect(enumOf(def(S, '$defs', 'filter', 'properties', 'op'))).toEqual(values<FilterOp>({
      eq: true, ne: true, in: true, notIn: true, contains: true, startsWith: true, gt: true, gte: true, lt: true, lte: true,
    }));
    expect(enumOf(def(S, '$defs', 'role'))).toEqual(values<Role>({ head: true, deputy: true, staff: true }));
    expect(enumOf(def(S, '$defs', 'settings', 'properties', 'hiring', 'properties', 'policy')))
      .toEqual(values<HiringPolicy>({ freeze: true, fill: true }));
    expect(enumOf(def(S, '$defs', 'concurrentTitlesOp', 'properties', 'formerHolder')))
      .toEqual(values<NonNullable<ConcurrentTitlesOp['formerHolder']>>({ vacancy: true, deputy: true, surplus: true }));
    expect(enumOf(def(S, '$defs', 'rotationOp', 'properties', 'quotaAt')))
      .toEqual(values<NonNullable<RotationOp['quotaAt']>>({ destination: true, origin: true }));
    expect(enumOf(def(S, '$defs', 'rotationOp', 'properties', 'onReturn')))
      .toEqual(values<NonNullable<RotationOp['onReturn']>>({ origin: true, sameLevelVacancy: true, stay: true }));
    expect(enumOf(def(S, '$defs', 'mergeQuota', 'properties', 'mode')))
      .toEqual(values<MergeQuota['mode']>({ sum: true, sumMinus: true, sumMinusPercent: true, fixed: true }));
    expect(enumOf(def(S, '$defs', 'quotaChange', 'properties', 'mode')))
      .toEqual(values<QuotaChange['mode']>({ set: true, cut: true, cutPercent: true }));
    expect(enumOf(def(S, '$defs', 'exitOp', 'properties', 'policy'))).toEqual([...EXIT_POLICIES].sort());
    expect(def(S, '$defs', 'abolishOp', 'properties', 'people', 'then').const)
      .toBe('withoutPost' satisfies Extract<AbolishOp['people'], string>);
  });

  it('lists every field name in the serializer key order', () => {
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties') Object.keys(value as Node).forEach((n) => names.add(n));
          walk(value);
        }
      }
    };
    walk(S);
    expect([...names].filter((n) => !KEY_ORDER.includes(n))).toEqual([]);
    expect(new Set(KEY_ORDER).size).toBe(KEY_ORDER.length);
  });
});

describe('result.schema.json matches the TypeScript types', () => {
  const objects: Array<[string, Node, string[]]> = [
    ['ResultDocument', R, fields<ResultDocument>({
      format: true, version: true, generatedAt: true, toolVersion: true, input: true, baseline: true, scenarios: true,
    })],
    ['ScenarioPayload', def(R, '$defs', 'scenario'), fields<ScenarioPayload>({
      code: true, name: true, description: true, settings: true, months: true, kpis: true, pools: true, peopleWithChangedPost: true,
      total: true, byLevel: true, byLocality: true, units: true, changes: true, issues: true,
    })],
    ['Settings', def(R, '$defs', 'settings'), fields<Settings>({
      startMonth: true, horizonMonths: true, hiring: true, retirement: true, maxTitlesPerPerson: true,
      deputyCapByLevel: true, deputyCapDefault: true, mergeGraceMonths: true, rotationMinMonths: true,
      rotationMinYearsLeft: true, secondmentMaxMonths: true, partyCommitteeKinds: true, peopleCommitteeKinds: true,
      earlyRetirementMaxYearsLeft: true, resignationMinYearsLeft: true, restructuringMonth: true, pooledCaps: true,
      parentDeputyCap: true,
    })],
    ['PoolPayload', def(R, '$defs', 'pool'), fields<PoolPayload>({
      name: true, group: true, average: true, before: true, units: true, deputies: true, allowed: true,
    })],
    ['Kpi', def(R, '$defs', 'kpi'), fields<Kpi>({
      metric: true, before: true, start: true, end: true, worst: true, worstMonth: true, total: true, clearedFrom: true,
    })],
    ['UnitPayload', def(R, '$defs', 'unit'), fields<UnitPayload>({
      id: true, name: true, level: true, locality: true, kind: true, inInput: true, closedFrom: true, mergedInto: true, series: true,
    })],
    ['PersonChange', def(R, '$defs', 'change'), fields<PersonChange>({
      personId: true, name: true, month: true, kind: true, from: true, to: true, operation: true, detail: true,
    })],
    ['PostRef', def(R, '$defs', 'postRef'), fields<PostRef>({ unitId: true, title: true, role: true })],
  ];

  it.each(objects)('%s: same fields', (_name, node, tsFields) => {
    expect(schemaFields(node)).toEqual(tsFields);
  });

  it('requires every field the document always has', () => {
    // Everything is always written, null when empty; only per-unit series are optional.
    for (const [name, node, tsFields] of objects) {
      const expected = name === 'UnitPayload' ? tsFields.filter((f) => f !== 'series') : tsFields;
      expect([name, required(node)]).toEqual([name, expected]);
    }
  });

  it('has the metrics, change kinds, issue codes and severities of the domain', () => {
    expect(def(R, '$defs', 'metric').enum).toEqual([...METRICS]);
    expect(required(def(R, '$defs', 'series'))).toEqual([...METRICS].sort());
    expect(enumOf(def(R, '$defs', 'change', 'properties', 'kind'))).toEqual(values<ChangeKind>({
      concurrentTitle: true, replacedByConcurrent: true, mergedUnit: true, headToDeputy: true, rotatedOut: true,
      returned: true, returnConflict: true, seconded: true, secondmentEnded: true, moved: true, placed: true,
      withoutPost: true, retired: true, exited: true, hired: true, appointed: true,
    }));
    expect(enumOf(def(R, '$defs', 'issue', 'properties', 'code'))).toEqual(ISSUE_CODES);
    expect(enumOf(def(R, '$defs', 'issue', 'properties', 'severity')))
      .toEqual(values<Severity>({ error: true, warning: true, info: true }));
  });
});
