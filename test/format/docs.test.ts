import { readFileSync } from 'fs';
import { join } from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { METRICS } from '../../src/domain/result';
import { OPERATION_TYPES } from '../../src/domain/scenario';
import { formatMessages } from '../../src/i18n/en/format';
import resultSchema from '../../src/format/result.schema.json';
import { parseScenarioDocument } from '../../src/format/scenarioParse';
import scenarioSchema from '../../src/format/scenarios.schema.json';
import suggestSchema from '../../src/format/suggest.schema.json';
import { parseSuggestRequests } from '../../src/format/suggestRequest';

/** The examples of the format pages are read from their code blocks, so the pages stay true. */

interface Block {
  readonly lang: string;
  readonly tag: string;
  readonly body: string;
  readonly line: number;
}

function blocks(file: string): { text: string; blocks: Block[] } {
  const text = readFileSync(join(__dirname, '../../docs', file), 'utf8');
  const found: Block[] = [];
  const fence = /^```(\w*)[ \t]*([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(text); m !== null; m = fence.exec(text)) {
    found.push({ lang: m[1], tag: m[2].trim(), body: m[3], line: text.slice(0, m.index).split('\n').length });
  }
  return { text, blocks: found };
}

function wrapScenario(scenario: object): string {
  return JSON.stringify({ format: 'staffing-planner/scenarios', version: 1, scenarios: [scenario] });
}

function wrapOperation(operation: object): string {
  return wrapScenario({ code: 'DOC', name: 'Example', operations: [operation] });
}

/** Each tag says how a block of scenario-format.md is checked: as a whole document or inside one. */
const SCENARIO_TAGS: Readonly<Record<string, (body: string) => string>> = {
  document: (body) => body,
  scenario: (body) => wrapScenario(JSON.parse(body)),
  settings: (body) => wrapScenario({ code: 'DOC', name: 'Example', settings: JSON.parse(body), operations: [] }),
  operation: (body) => wrapOperation(JSON.parse(body)),
  people: (body) => wrapOperation({ type: 'move', month: '2026-01', people: JSON.parse(body), to: { unit: { ids: ['U1'] } } }),
  units: (body) => wrapOperation({ type: 'quotaChange', month: '2026-01', units: JSON.parse(body), change: { mode: 'cut', value: 1 } }),
};

describe('docs/scenario-format.md', () => {
  const { text, blocks: all } = blocks('scenario-format.md');
  const json = all.filter((b) => b.lang === 'json');

  it('tags every JSON example with how it is checked', () => {
    const known = new Set([...Object.keys(SCENARIO_TAGS), 'invalid', 'problems']);
    expect(json.filter((b) => !known.has(b.tag)).map((b) => `line ${b.line}: "${b.tag}"`)).toEqual([]);
    expect(json.length).toBeGreaterThanOrEqual(20);
  });

  const valid = json.filter((b) => b.tag in SCENARIO_TAGS);
  it.each(valid.map((b) => [`${b.tag} at line ${b.line}`, b] as const))('%s parses without problems', (_name, block) => {
    const parsed = parseScenarioDocument(SCENARIO_TAGS[block.tag](block.body), 'en');
    expect(parsed.problems).toEqual([]);
    expect(parsed.document).not.toBeNull();
  });

  it('has a worked example of both forms of every operation type', () => {
    const operations = valid.filter((b) => b.tag === 'operation').map((b) => JSON.parse(b.body));
    for (const type of OPERATION_TYPES) {
      const ofType = operations.filter((op) => op.type === type);
      const selectors = ofType.map((op) => op.units ?? op.people ?? op.holder?.units);
      expect([type, selectors.some((s) => 'ids' in s)]).toEqual([type, true]);
      if (type !== 'move') expect([type, selectors.some((s) => 'where' in s)]).toEqual([type, true]);
    }
  });

  it('shows the exact problems of its invalid example', () => {
    const at = json.findIndex((b) => b.tag === 'invalid');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(json[at + 1].tag).toBe('problems');
    const { problems } = parseScenarioDocument(json[at].body, 'en');
    expect(problems).toEqual(JSON.parse(json[at + 1].body));
  });

  it('explains every problem code', () => {
    const missing = Object.keys(formatMessages).filter((code) => !text.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });

  it('documents every setting and every field of every operation', () => {
    const settings = Object.keys(scenarioSchema.$defs.settings.properties);
    const nested = ['hiring.policy', 'hiring.lagMonths', 'retirement.enabled', 'retirement.table'];
    const documented = [...settings.filter((s) => s !== 'hiring' && s !== 'retirement'), ...nested];
    expect(documented.filter((s) => !text.includes(`| \`${s}\` |`))).toEqual([]);
    for (const type of OPERATION_TYPES) {
      const def = (scenarioSchema.$defs as unknown as Record<string, { properties: Record<string, unknown> }>)[`${type}Op`];
      const fields = Object.keys(def.properties).filter((f) => !['type', 'month', 'note'].includes(f));
      expect([type, fields.filter((f) => !text.includes(`| \`${f}\` |`))]).toEqual([type, []]);
    }
  });
});

describe('docs/result-format.md', () => {
  const { text, blocks: all } = blocks('result-format.md');
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(resultSchema);

  it('tags every JSON example with the part of the schema it shows', () => {
    const json = all.filter((b) => b.lang === 'json');
    expect(json.map((b) => b.tag)).toEqual(['result:kpi', 'result:unit', 'result:change', 'result:issue']);
  });

  it.each(all.filter((b) => b.lang === 'json').map((b) => [b.tag, b] as const))('the %s example validates', (_tag, block) => {
    const validate = ajv.getSchema(`${resultSchema.$id}#/$defs/${block.tag.slice('result:'.length)}`);
    expect(validate).toBeDefined();
    expect(validate!(JSON.parse(block.body))).toBe(true);
  });

  it('explains every metric, change kind and issue code', () => {
    const kinds = resultSchema.$defs.change.properties.kind.enum;
    const codes = resultSchema.$defs.issue.properties.code.enum;
    const missing = [...METRICS, ...kinds, ...codes].filter((name) => !text.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });

  it('lists the metrics in the order of the series', () => {
    const listed = [...text.matchAll(/^\| `(\w+)` \| (stock|event) \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...METRICS]);
  });
});

describe('docs/suggest.md', () => {
  const { blocks: all } = blocks('suggest.md');
  const requests = all.filter((b) => b.lang === 'json' && b.tag === 'request');

  it.each(requests.map((b) => [`request at line ${b.line}`, b] as const))('%s reads without problems', (_name, block) => {
    expect(parseSuggestRequests(block.body, 'en')).toMatchObject({ problems: [] });
  });

  it('has an example of a list of goals and of a single one', () => {
    expect(requests.map((b) => Array.isArray(JSON.parse(b.body)))).toEqual([true, false]);
  });

  it('names every constraint the schema knows', () => {
    const text = readFileSync(join(__dirname, '../../docs/suggest.md'), 'utf8');
    const constraints = Object.keys(suggestSchema.$defs.constraints.properties);
    expect(constraints.filter((c) => !text.includes(`\`${c}\``))).toEqual([]);
  });
});
