import { numberComparedWithText } from '../../src/domain/selection';
import fc from 'fast-check';
import type { Filter, Operation, PersonSelector, PostMatch, PostTarget, Scenario, UnitSelector } from '../../src/domain/scenario';
import type { PartialSettings } from '../../src/domain/settings';
import { CURRENT_VERSION } from '../../src/format/scenarioDocument';
import { type ScenarioDocument, serializeScenarioDocument } from '../../src/format/scenarioDocument';
import { parseScenarioDocument } from '../../src/format/scenarioParse';

/** Arbitrary valid documents: every operation kind, both selector forms, any text. */

const month = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s));
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const field = fc.constantFrom('kind', 'level', 'locality', 'unit.level', 'role', 'age', 'Trình độ', 'Huyện');
const role = fc.constantFrom('head' as const, 'deputy' as const, 'staff' as const);
const scalar = fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(null));

const filter: fc.Arbitrary<Filter> = fc.oneof(
  fc.record({ field, op: fc.constantFrom('eq' as const, 'ne' as const, 'contains' as const, 'startsWith' as const), value: scalar }),
  // Ordered against a text only where the field is not one of the built-in numbers (numberComparedWithText).
  fc.record({ field, op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const), value: fc.oneof(anyText, fc.integer()) })
    .filter((f) => !numberComparedWithText(f)),
  fc.record({ field, op: fc.constantFrom('in' as const, 'notIn' as const), value: fc.oneof(scalar, fc.array(scalar)) }),
  fc.record({ field, value: fc.oneof(scalar, fc.array(scalar)) }),
);
const ids = fc.uniqueArray(text, { minLength: 1, maxLength: 4 });
const unitSelector: fc.Arbitrary<UnitSelector> = fc.oneof(
  fc.record({ ids }),
  fc.record({ where: fc.array(filter, { maxLength: 3 }) }),
);
const personSelector: fc.Arbitrary<PersonSelector> = fc.oneof(
  fc.record({ ids }),
  fc.record({ where: fc.array(filter, { maxLength: 3 }) }),
  fc.record({ where: fc.array(filter, { maxLength: 3 }), limit: fc.integer({ min: 1, max: 50 }), limitPer: field }, { requiredKeys: ['where', 'limit'] }),
);
const postTarget: fc.Arbitrary<PostTarget> = fc.record(
  { unit: unitSelector, within: field, title: text, role },
  { requiredKeys: ['unit'] },
);
const postMatch: fc.Arbitrary<PostMatch> = fc.oneof(
  fc.record({ units: unitSelector, title: text, role }, { requiredKeys: ['units', 'title'] }),
  fc.record({ units: unitSelector, title: text, role }, { requiredKeys: ['units', 'role'] }),
);
const base = { month, note: anyText };
const duration = fc.integer({ min: 1, max: 240 });

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    type: fc.constant('concurrentTitles' as const), ...base, holder: postMatch, target: postMatch, pairBy: field,
    formerHolder: fc.constantFrom('vacancy' as const, 'deputy' as const, 'surplus' as const), cutQuota: fc.boolean(),
  }, { requiredKeys: ['type', 'month', 'holder', 'target'] }),
  fc.record({
    type: fc.constant('merge' as const), ...base, units: unitSelector, groupBy: field,
    into: fc.record({ id: text, name: text, kind: text }, { requiredKeys: [] }),
    quota: fc.oneof(
      fc.constant({ mode: 'sum' as const }),
      fc.record({ mode: fc.constantFrom('sumMinus' as const, 'fixed' as const), value: fc.integer({ min: 0, max: 1000 }) }),
      fc.record({ mode: fc.constant('sumMinusPercent' as const), value: fc.integer({ min: 0, max: 100 }) }),
    ),
    headId: text, deputyCap: fc.integer({ min: 0, max: 10 }),
  }, { requiredKeys: ['type', 'month', 'units'] }),
  fc.record({
    type: fc.constant('rotation' as const), ...base, people: personSelector, to: postTarget, durationMonths: duration,
    quotaAt: fc.constantFrom('destination' as const, 'origin' as const),
    onReturn: fc.constantFrom('origin' as const, 'sameLevelVacancy' as const, 'stay' as const),
  }, { requiredKeys: ['type', 'month', 'people', 'to'] }),
  fc.record({
    type: fc.constant('secondment' as const), ...base, people: personSelector, to: postTarget, durationMonths: duration,
  }, { requiredKeys: ['type', 'month', 'people', 'to'] }),
  fc.record({
    type: fc.constant('quotaChange' as const), ...base, units: unitSelector,
    change: fc.oneof(
      fc.record({ mode: fc.constantFrom('set' as const, 'cut' as const), value: fc.integer({ min: 0, max: 1000 }) }),
      fc.record({ mode: fc.constant('cutPercent' as const), value: fc.integer({ min: 0, max: 100 }) }),
    ),
  }, { requiredKeys: ['type', 'month', 'units', 'change'] }),
  fc.record({ type: fc.constant('move' as const), ...base, people: personSelector, to: postTarget }, { requiredKeys: ['type', 'month', 'people', 'to'] }),
  fc.record({
    type: fc.constant('abolish' as const), ...base, units: unitSelector,
    people: fc.oneof(fc.constant('withoutPost' as const), fc.record({ to: postTarget })),
  }, { requiredKeys: ['type', 'month', 'units'] }),
  fc.record({
    type: fc.constant('exit' as const), ...base, people: personSelector,
    policy: fc.constantFrom('earlyRetirement' as const, 'resignation' as const, 'other' as const),
  }, { requiredKeys: ['type', 'month', 'people', 'policy'] }),
);

const settings: fc.Arbitrary<PartialSettings> = fc.record({
  startMonth: month,
  horizonMonths: fc.integer({ min: 1, max: 600 }),
  hiring: fc.record({ policy: fc.constantFrom('freeze' as const, 'fill' as const), lagMonths: fc.integer({ min: 0, max: 120 }) }, { requiredKeys: [] }),
  retirement: fc.record({
    enabled: fc.boolean(),
    table: fc.uniqueArray(fc.integer({ min: 1900, max: 2199 }), { minLength: 1, maxLength: 5 }).map((years) =>
      [...years].sort((a, b) => a - b).map((fromYear) => ({ fromYear, menMonths: 744, womenMonths: 720, source: 'BLLĐ 2019' }))),
  }, { requiredKeys: [] }),
  maxTitlesPerPerson: fc.integer({ min: 1, max: 10 }),
  deputyCapByLevel: fc.dictionary(text, fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }),
  deputyCapDefault: fc.integer({ min: 0, max: 10 }),
  mergeGraceMonths: fc.integer({ min: 0, max: 600 }),
  rotationMinMonths: fc.integer({ min: 0, max: 240 }),
  rotationMinYearsLeft: fc.integer({ min: 0, max: 50 }),
  secondmentMaxMonths: duration,
  earlyRetirementMaxYearsLeft: fc.integer({ min: 0, max: 50 }),
  resignationMinYearsLeft: fc.integer({ min: 0, max: 50 }),
  partyCommitteeKinds: fc.array(text, { maxLength: 3 }),
  peopleCommitteeKinds: fc.array(text, { maxLength: 3 }),
}, { requiredKeys: [] });

const scenario: fc.Arbitrary<Scenario> = fc.record({
  code: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  name: text,
  description: anyText,
  settings,
  operations: fc.array(operation, { maxLength: 4 }),
}, { requiredKeys: ['code', 'name', 'operations'] });

const document: fc.Arbitrary<ScenarioDocument> = fc.record({
  format: fc.constant('staffing-planner/scenarios' as const),
  version: fc.constant(CURRENT_VERSION),
  // Codes and names are unique in a valid document: derive the names from the codes.
  scenarios: fc.uniqueArray(scenario, { selector: (s) => s.code.toLowerCase(), maxLength: 3 })
    .map((list) => list.map((s) => ({ ...s, name: `${s.code.toLowerCase()} ${s.name}` }))),
  mapping: fc.dictionary(text, fc.jsonValue(), { maxKeys: 3 }),
}, { requiredKeys: ['format', 'version', 'scenarios'] });

describe('scenario document round trip', () => {
  it('parses what it serializes, to an equal document, and serializes that to the same text', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const text1 = serializeScenarioDocument(doc);
        const parsed = parseScenarioDocument(text1, 'en');
        expect(parsed.problems).toEqual([]);
        expect(parsed.document).toEqual(doc);
        expect(serializeScenarioDocument(parsed.document!)).toBe(text1);
      }),
      { numRuns: 200, seed: 20260101 },
    );
  });
});
