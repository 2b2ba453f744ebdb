import { CURRENT_VERSION, type ScenarioDocument, serializeScenarioDocument } from '../../src/format/scenarioDocument';
import { parseScenarioDocument } from '../../src/format/scenarioParse';

// The fixture is edited as loose JSON, to break one thing at a time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A valid document with both forms of several operations; each error case breaks one thing in a copy. */
function validDocument(): Record<string, Json> {
  return {
    format: 'staffing-planner/scenarios',
    version: CURRENT_VERSION,
    scenarios: [
      {
        code: 'S1',
        name: 'Bí thư kiêm Chủ tịch',
        settings: {
          startMonth: '2026-01',
          horizonMonths: 60,
          hiring: { policy: 'fill', lagMonths: 6 },
          deputyCapByLevel: { 'Tỉnh': 3 },
          retirement: {
            table: [
              { fromYear: 1900, menMonths: 720, womenMonths: 660, source: 'BLLĐ 2012' },
              { fromYear: 2021, menMonths: 723, womenMonths: 664, source: 'BLLĐ 2019' },
            ],
          },
        },
        operations: [
          {
            type: 'concurrentTitles',
            month: '2026-01',
            holder: { units: { where: [{ field: 'kind', value: 'Đảng ủy xã' }] }, role: 'head' },
            target: { units: { where: [{ field: 'kind', value: 'UBND xã' }] }, role: 'head' },
            pairBy: 'locality',
          },
        ],
      },
      {
        code: 'S2',
        name: 'Luân chuyển',
        operations: [
          {
            type: 'rotation',
            month: '2026-03',
            people: {
              where: [{ field: 'unit.level', value: 'Huyện' }, { field: 'role', value: 'deputy' }],
              limit: 1,
              limitPer: 'Huyện',
            },
            to: { unit: { where: [{ field: 'level', value: 'Xã' }] }, within: 'Huyện' },
            durationMonths: 36,
          },
          {
            type: 'merge',
            month: '2026-07',
            units: { where: [{ field: 'kind', op: 'in', value: ['Ban Tổ chức', 'Phòng Nội vụ'] }] },
            groupBy: 'Huyện',
            quota: { mode: 'sumMinus', value: 1 },
          },
          { type: 'quotaChange', month: '2027-01', units: { ids: ['X1'] }, change: { mode: 'cutPercent', value: 10 } },
          { type: 'abolish', month: '2027-06', units: { ids: ['X2'] }, people: 'withoutPost' },
        ],
      },
    ],
    runs: [{ code: 'S1', fingerprint: 'abc123', ranAt: '2026-01-15T09:30:00Z' }],
  };
}

function problemsOf(change: (doc: Record<string, Json>) => unknown, lang: 'vi' | 'en' = 'en') {
  const doc = validDocument();
  const replaced = change(doc);
  const text = JSON.stringify(replaced === undefined ? doc : replaced);
  return parseScenarioDocument(text, lang);
}

const S0 = '$.scenarios[0]';
const S1 = '$.scenarios[1]';

describe('parseScenarioDocument', () => {
  it('accepts a valid document and returns it as written', () => {
    const parsed = parseScenarioDocument(JSON.stringify(validDocument()), 'en');
    expect(parsed.problems).toEqual([]);
    expect(parsed.document).toEqual(validDocument());
  });

  it('accepts fields named like Object.prototype\'s properties in rules: they are the planner\'s columns', () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const parsed = problemsOf((d) => {
      d.scenarios[1].operations[0].people.where = names.map((field) => ({ field, value: 'x' }));
      d.scenarios[1].operations[0].people.limitPer = 'constructor';
      d.scenarios[1].operations[0].to.within = '__proto__';
      d.scenarios[1].operations[1].groupBy = 'hasOwnProperty';
      d.scenarios[0].operations[0].pairBy = 'toString';
      d.scenarios[0].settings.deputyCapByLevel = JSON.parse('{"__proto__": 2, "constructor": 3}');
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.document?.scenarios[1].operations[0]).toMatchObject({ people: { limitPer: 'constructor' }, to: { within: '__proto__' } });
    expect(Object.keys(parsed.document?.scenarios[0].settings?.deputyCapByLevel ?? {})).toEqual(['__proto__', 'constructor']);
  });

  it('accepts number fields compared with numbers written as text, and the planner\'s own columns with any text', () => {
    const parsed = problemsOf((d) => {
      d.scenarios[1].operations[0].people.where.push(
        { field: 'age', op: 'lte', value: '50' }, { field: 'yearsToRetirement', op: 'gte', value: 10 },
        { field: 'Ngạch', op: 'gt', value: 'Chuyên viên' }, { field: 'age', op: 'eq', value: 'năm mươi' },
      );
    });
    expect(parsed.problems).toEqual([]);
  });

  it('says in the planner\'s language why an age is not compared with a text', () => {
    const change = (d: Record<string, Json>) => { d.scenarios[1].operations[0].people.where.push({ field: 'age', op: 'lte', value: '50 tuổi' }); };
    const [vi] = problemsOf(change, 'vi').problems;
    expect(vi.message).toBe(`Trường 'age' là một số, nên giá trị so sánh 'lte' tại ${S1}.operations[0].people.where[2].value phải là số (ví dụ 50), không phải "50 tuổi": so với văn bản thì không ai được chọn.`);
  });

  it('accepts a byte order mark before the JSON', () => {
    const parsed = parseScenarioDocument(`\uFEFF${JSON.stringify(validDocument())}`, 'en');
    expect(parsed.problems).toEqual([]);
  });

  // Each case: what is broken, the exact problems expected (path and code), and nothing else.
  const cases: Array<[string, (doc: Record<string, Json>) => unknown, Array<[string, string]>]> = [
    ['an unknown field', (d) => { d.scenarios[0].foo = 1; }, [[`${S0}.foo`, 'unknownField']]],
    ['an unknown field named constructor', (d) => { d.scenarios[0].constructor = 1; }, [[`${S0}.constructor`, 'unknownField']]],
    ['an unknown field named __proto__', (d) => { Object.defineProperty(d.scenarios[1].operations[2], '__proto__', { value: { x: 1 }, enumerable: true }); }, [[`${S1}.operations[2].__proto__`, 'unknownField']]],
    ['an unknown field named toString in a filter', (d) => { d.scenarios[0].operations[0].holder.units.where[0].toString = 'x'; }, [[`${S0}.operations[0].holder.units.where[0].toString`, 'unknownField']]],
    ['a missing required field', (d) => { delete d.scenarios[0].name; }, [[S0, 'missingField']]],
    ['a missing operation field', (d) => { delete d.scenarios[1].operations[1].units; }, [[`${S1}.operations[1]`, 'missingField']]],
    ['text where a number is expected', (d) => { d.scenarios[0].settings.horizonMonths = '60'; }, [[`${S0}.settings.horizonMonths`, 'wrongType']]],
    ['a fraction where a whole number is expected', (d) => { d.scenarios[0].settings.hiring.lagMonths = 1.5; }, [[`${S0}.settings.hiring.lagMonths`, 'wrongType']]],
    ['a duration out of range', (d) => { d.scenarios[1].operations[0].durationMonths = 300; }, [[`${S1}.operations[0].durationMonths`, 'outOfRange']]],
    ['a percentage above 100', (d) => { d.scenarios[1].operations[2].change.value = 120; }, [[`${S1}.operations[2].change.value`, 'outOfRange']]],
    ['a negative deputy cap of a level', (d) => { d.scenarios[0].settings.deputyCapByLevel['Tỉnh'] = -1; }, [[`${S0}.settings.deputyCapByLevel['Tỉnh']`, 'outOfRange']]],
    ['month 13', (d) => { d.scenarios[0].operations[0].month = '2026-13'; }, [[`${S0}.operations[0].month`, 'badMonth']]],
    ['a month written dd/mm/yyyy', (d) => { d.scenarios[0].settings.startMonth = '01/2026'; }, [[`${S0}.settings.startMonth`, 'badMonth']]],
    ['a month before 1900', (d) => { d.scenarios[0].settings.startMonth = '1899-12'; }, [[`${S0}.settings.startMonth`, 'monthOutOfRange']]],
    ['a code with a space', (d) => { d.scenarios[0].code = 'S 1'; }, [[`${S0}.code`, 'badCode']]],
    ['a code longer than 12 characters', (d) => { d.scenarios[0].code = 'ABCDEFGHIJKLM'; }, [[`${S0}.code`, 'badCode']]],
    ['an unknown operation type', (d) => { d.scenarios[1].operations[3].type = 'split'; }, [[`${S1}.operations[3].type`, 'unknownOperationType']]],
    ['an operation without type', (d) => { delete d.scenarios[1].operations[3].type; }, [[`${S1}.operations[3]`, 'missingField']]],
    ['a value not in the list', (d) => { d.scenarios[0].operations[0].formerHolder = 'fired'; }, [[`${S0}.operations[0].formerHolder`, 'badValue']]],
    ['an unknown quota mode', (d) => { d.scenarios[1].operations[1].quota.mode = 'half'; }, [[`${S1}.operations[1].quota.mode`, 'badValue']]],
    ['a quota mode without its value', (d) => { delete d.scenarios[1].operations[1].quota.value; }, [[`${S1}.operations[1].quota`, 'missingField']]],
    ['a value with quota mode sum', (d) => { d.scenarios[1].operations[1].quota = { mode: 'sum', value: 3 }; }, [[`${S1}.operations[1].quota.value`, 'unknownField']]],
    ['an unknown policy for the people of an abolished unit', (d) => { d.scenarios[1].operations[3].people = 'fired'; }, [[`${S1}.operations[3].people`, 'badValue']]],
    ['a selector with both ids and where', (d) => { d.scenarios[1].operations[2].units.where = []; }, [[`${S1}.operations[2].units`, 'selectorForm']]],
    ['a selector with neither ids nor where', (d) => { d.scenarios[1].operations[2].units = {}; }, [[`${S1}.operations[2].units`, 'selectorForm']]],
    ['a limit on a list of people', (d) => { d.scenarios[1].operations[0].people = { ids: ['P1'], limit: 2 }; }, [[`${S1}.operations[0].people.limit`, 'limitNeedsWhere']]],
    ['limitPer without limit', (d) => { delete d.scenarios[1].operations[0].people.limit; }, [[`${S1}.operations[0].people.limitPer`, 'requiresField']]],
    ['a post named by neither title nor role', (d) => { delete d.scenarios[0].operations[0].holder.role; }, [[`${S0}.operations[0].holder`, 'postMatchEmpty']]],
    ['a list with op eq', (d) => { d.scenarios[0].operations[0].target.units.where[0] = { field: 'kind', op: 'eq', value: ['UBND xã', 'UBND phường'] }; }, [[`${S0}.operations[0].target.units.where[0].value`, 'filterValue']]],
    ['true with op gt', (d) => { d.scenarios[1].operations[0].people.where.push({ field: 'age', op: 'gt', value: true }); }, [[`${S1}.operations[0].people.where[2].value`, 'filterValue']]],
    ['an unknown filter op', (d) => { d.scenarios[1].operations[0].people.where[0].op = 'like'; }, [[`${S1}.operations[0].people.where[0].op`, 'badValue']]],
    ['an empty list of ids', (d) => { d.scenarios[1].operations[2].units.ids = []; }, [[`${S1}.operations[2].units.ids`, 'empty']]],
    ['the same id twice', (d) => { d.scenarios[1].operations[2].units.ids = ['X1', 'X1']; }, [[`${S1}.operations[2].units.ids[1]`, 'duplicateItem']]],
    ['the same id twice, once in full-width characters', (d) => { d.scenarios[1].operations[2].units.ids = ['X1', 'X2', 'Ｘ１']; }, [[`${S1}.operations[2].units.ids[2]`, 'duplicateItem']]],
    ['the same person twice up to case and spaces', (d) => { d.scenarios[1].operations[0].people = { ids: ['P01', ' p01'] }; }, [[`${S1}.operations[0].people.ids[1]`, 'duplicateItem']]],
    ['a blank name', (d) => { d.scenarios[0].name = '   '; }, [[`${S0}.name`, 'empty']]],
    ['an empty retirement table', (d) => { d.scenarios[0].settings.retirement.table = []; }, [[`${S0}.settings.retirement.table`, 'empty']]],
    ['a retirement table out of order', (d) => { d.scenarios[0].settings.retirement.table[1].fromYear = 1900; }, [[`${S0}.settings.retirement.table[1].fromYear`, 'retirementTableOrder']]],
    ['an age compared by order with a text', (d) => { d.scenarios[1].operations[0].people.where.push({ field: 'age', op: 'lte', value: 'năm mươi' }); }, [[`${S1}.operations[0].people.where[2].value`, 'numberComparedWithText']]],
    ['a unit\'s quota through a person, compared with a decimal comma', (d) => { d.scenarios[1].operations[0].people.where.push({ field: 'Unit.Quota', op: 'gt', value: '2,5' }); }, [[`${S1}.operations[0].people.where[2].value`, 'numberComparedWithText']]],
    ['two scenarios with the same code in other cases', (d) => { d.scenarios[1].code = 's1'; }, [[`${S1}.code`, 'duplicateCode']]],
    ['two scenarios with the same name up to case and spaces', (d) => { d.scenarios[1].name = ' bí thư  KIÊM chủ tịch'; }, [[`${S1}.name`, 'duplicateName']]],
    ['two runs of one scenario', (d) => { d.runs.push({ ...d.runs[0] }); }, [['$.runs[1]', 'duplicateRun']]],
    ['a run time that is not ISO 8601', (d) => { d.runs[0].ranAt = '15/01/2026 09:30'; }, [['$.runs[0].ranAt', 'badDateTime']]],
    ['a missing format', (d) => { delete d.format; }, [['$', 'missingField']]],
    ['a version 0', (d) => { d.version = 0; }, [['$.version', 'outOfRange']]],
    ['a list instead of a document', () => [], [['$', 'wrongType']]],
    ['operations that are not a list', (d) => { d.scenarios[0].operations = { type: 'merge' }; }, [[`${S0}.operations`, 'wrongType']]],
  ];

  it.each(cases)('reports %s with its exact path and code', (_label, change, expected) => {
    const parsed = problemsOf(change);
    expect(parsed.problems.map((p) => [p.path, p.code])).toEqual(expected);
    expect(parsed.document).toBeNull();
  });

  it('names both places of an id given twice in forms that compare equal', () => {
    const change = (d: Record<string, Json>) => { d.scenarios[1].operations[2].units.ids = ['X1', 'Ｘ１']; };
    const [en] = problemsOf(change).problems;
    expect(en.message).toBe(`Duplicate value "Ｘ１" at ${S1}.operations[2].units.ids[1]: it is already at ${S1}.operations[2].units.ids[0].`);
    const [vi] = problemsOf(change, 'vi').problems;
    expect(vi.message).toContain(`${S1}.operations[2].units.ids[0]`);
    expect(vi.message).toContain('Ｘ１');
  });

  describe('characters an Excel workbook cannot hold', () => {
    // Written as JSON escapes, as a file holding them would have them (raw, or as \u0007).
    const withText = (change: (doc: Record<string, Json>) => void): string => {
      const doc = validDocument();
      change(doc);
      return JSON.stringify(doc);
    };

    it.each([
      ['NUL in a name', '\u0000', (d: Json, v: string) => { d.scenarios[0].name = `Bí thư${v}`; }, `${S0}.name`, 'U+0000'],
      ['BEL in a description', '\u0007', (d: Json, v: string) => { d.scenarios[1].description = `Luân${v} chuyển`; }, `${S1}.description`, 'U+0007'],
      ['ESC in a note', '\u001b', (d: Json, v: string) => { d.scenarios[1].operations[2].note = `NQ 18${v}[0m`; }, `${S1}.operations[2].note`, 'U+001B'],
      ['a vertical tab in a rule value', '\u000b', (d: Json, v: string) => { d.scenarios[0].operations[0].target.units.where[0].value = `UBND${v}xã`; }, `${S0}.operations[0].target.units.where[0].value`, 'U+000B'],
      ['U+FFFE in an id', '\ufffe', (d: Json, v: string) => { d.scenarios[1].operations[2].units.ids = [`X1${v}`]; }, `${S1}.operations[2].units.ids[0]`, 'U+FFFE'],
      ['U+FFFF in a code', '\uffff', (d: Json, v: string) => { d.scenarios[0].code = `S${v}`; }, `${S0}.code`, 'U+FFFF'],
      ['a lone high surrogate in a field name of a filter', '\ud83d', (d: Json, v: string) => { d.scenarios[1].operations[0].people.where[0].field = `unit.${v}level`; }, `${S1}.operations[0].people.where[0].field`, 'U+D83D'],
      ['a lone low surrogate in the mapping', '\ude00', (d: Json, v: string) => { d.mapping = { units: { sheet: `Đơn vị${v}` } }; }, '$.mapping.units.sheet', 'U+DE00'],
      ['a control character in a run fingerprint', '\u0001', (d: Json, v: string) => { d.runs[0].fingerprint = `abc${v}`; }, '$.runs[0].fingerprint', 'U+0001'],
    ])('refuses %s at its path, naming the character', (_label, character, change, path, name) => {
      const parsed = parseScenarioDocument(withText((d) => change(d, character)), 'en');
      expect(parsed.document).toBeNull();
      const found = parsed.problems.filter((p) => p.code === 'forbiddenCharacter');
      expect(found.map((p) => p.path)).toEqual([path]);
      expect(found[0].message).toBe(
        `The text at ${path} holds the character ${name}, which an Excel workbook cannot store (invisible control character, often pasted by mistake): remove it.`,
      );
      const [vi] = parseScenarioDocument(withText((d) => change(d, character)), 'vi').problems.filter((p) => p.code === 'forbiddenCharacter');
      expect(vi.message).toBe(
        `Văn bản tại ${path} chứa ký tự ${name}, là ký tự điều khiển không nhìn thấy (thường do dán nhầm) mà tệp Excel không lưu được: hãy xóa ký tự này.`,
      );
    });

    it('accepts tab, line feed, carriage return and characters outside the basic plane (a valid surrogate pair)', () => {
      const parsed = parseScenarioDocument(withText((d) => {
        d.scenarios[0].description = 'Dòng 1\r\nDòng 2\tcột 😀 𠀀';
      }), 'en');
      expect(parsed.problems).toEqual([]);
    });

    it('refuses a field name holding one, at the path of that field, with the character escaped in the path', () => {
      const text = withText((d) => { d.mapping = { 'a\u0007b': 1 }; });
      const parsed = parseScenarioDocument(text, 'en');
      expect(parsed.problems.map((p) => [p.path, p.code])).toEqual([["$.mapping['a\\u0007b']", 'forbiddenCharacter']]);
      expect(parsed.problems[0].message).toBe(
        "The field name at $.mapping['a\\u0007b'] holds the character U+0007, which an Excel workbook cannot store (invisible control character, often pasted by mistake): remove it.",
      );
      expect(parseScenarioDocument(text, 'vi').problems[0].message).toMatch(/^Tên trường tại .* chứa ký tự U\+0007/);
    });

    it('names several characters of one text once each, and says when there are more', () => {
      const few = parseScenarioDocument(withText((d) => { d.scenarios[0].name = 'A\u0007B\u0007C\u001b'; }), 'en').problems;
      expect(few.map((p) => p.message)).toEqual([
        `The text at ${S0}.name holds the characters U+0007, U+001B, which an Excel workbook cannot store (invisible control characters, often pasted by mistake): remove them.`,
      ]);
      const many = parseScenarioDocument(withText((d) => { d.scenarios[0].name = '\u0001\u0002\u0003\u0004\u0005\u0006x'; }), 'vi').problems;
      expect(many[0].message).toContain('chứa ký tự U+0001, U+0002, U+0003, U+0004, U+0005 và các ký tự khác');
      expect(many[0].message).toContain('hãy xóa các ký tự này');
    });
  });

  it('names the field and its object in the message, with a spelling suggestion', () => {
    const [problem] = problemsOf((d) => {
      d.scenarios[1].operations[0].durationMonth = d.scenarios[1].operations[0].durationMonths;
      delete d.scenarios[1].operations[0].durationMonths;
    }).problems;
    expect(problem.path).toBe('$.scenarios[1].operations[0].durationMonth');
    expect(problem.message).toBe(
      "Unknown field 'durationMonth' at $.scenarios[1].operations[0]: remove it or check the spelling " +
        "(did you mean 'durationMonths'?).",
    );
  });

  it('lists the valid operation types when the type is unknown', () => {
    const [problem] = problemsOf((d) => { d.scenarios[1].operations[3].type = 'split'; }).problems;
    expect(problem.message).toBe(
      'Unknown operation type "split" at $.scenarios[1].operations[3].type: the valid types are ' +
        'concurrentTitles, merge, rotation, secondment, quotaChange, move, abolish, exit.',
    );
  });

  it('gives the allowed range of a number', () => {
    const [problem] = problemsOf((d) => { d.scenarios[1].operations[0].durationMonths = 300; }).problems;
    expect(problem.message).toBe('Value 300 at $.scenarios[1].operations[0].durationMonths is out of range: allowed from 1 to 240.');
  });

  it('says when a whole number was expected and a fraction found', () => {
    const [problem] = problemsOf((d) => { d.scenarios[0].settings.hiring.lagMonths = 1.5; }).problems;
    expect(problem.message).toBe(
      'Wrong type at $.scenarios[0].settings.hiring.lagMonths: expected a whole number, found a number with decimals (1.5).',
    );
  });

  it('writes messages in Vietnamese with diacritics', () => {
    const { problems } = problemsOf((d) => {
      d.scenarios[0].foo = 1;
      d.scenarios[0].settings.horizonMonths = '60';
      d.scenarios[1].operations[0].month = '2026-13';
    }, 'vi');
    expect(problems.map((p) => p.message)).toEqual([
      "Trường không xác định 'foo' tại $.scenarios[0]: hãy xóa trường này hoặc kiểm tra lại chính tả.",
      'Sai kiểu dữ liệu tại $.scenarios[0].settings.horizonMonths: cần số nguyên, nhưng gặp văn bản (60).',
      'Tháng "2026-13" tại $.scenarios[1].operations[0].month không đúng định dạng: hãy viết theo dạng YYYY-MM, ví dụ 2026-01.',
    ]);
  });

  it('reports every problem of a document at once', () => {
    const { problems } = problemsOf((d) => {
      d.scenarios[0].code = 'S 1';
      d.scenarios[1].operations[0].durationMonths = 0;
      d.scenarios[1].operations[3].type = 'split';
    });
    expect(problems.map((p) => p.code)).toEqual(['badCode', 'outOfRange', 'unknownOperationType']);
  });

  describe('invalid JSON', () => {
    it('gives the line and column where the parser stopped', () => {
      const text = '{\n  "format": "staffing-planner/scenarios",\n  "version": 1\n  "scenarios": []\n}';
      const { document, problems } = parseScenarioDocument(text, 'en');
      expect(document).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ path: '$', code: 'invalidJson', line: 4, column: 3 });
      expect(problems[0].message).toMatch(/^The file is not valid JSON \(line 4, column 3\): Expected ',' or '}'/);
    });

    it('points at the end of a truncated file', () => {
      const { problems } = parseScenarioDocument('{\n  "format": ', 'vi');
      expect(problems[0]).toMatchObject({ code: 'invalidJson', line: 2, column: 13 });
      expect(problems[0].message).toMatch(/^Tệp không phải JSON hợp lệ \(dòng 2, cột 13\)\. Hãy kiểm tra/);
      // The parser's English detail is left out of the Vietnamese text.
      expect(problems[0].message).not.toMatch(/Unexpected|JSON input/);
    });

    it('reports an empty file', () => {
      expect(parseScenarioDocument('', 'en').problems.map((p) => p.code)).toEqual(['invalidJson']);
    });
  });

  describe('other documents and other versions', () => {
    it('reports another kind of document with one problem', () => {
      const { document, problems } = parseScenarioDocument(
        JSON.stringify({ format: 'staffing-planner/result', version: 1, baseline: {} }), 'en');
      expect(document).toBeNull();
      expect(problems.map((p) => [p.path, p.code])).toEqual([['$.format', 'wrongFormat']]);
    });

    it('opens a newer document that fits this version, flagged newerVersion', () => {
      const doc = { ...validDocument(), version: CURRENT_VERSION + 1 };
      const { document, problems } = parseScenarioDocument(JSON.stringify(doc), 'en');
      expect(problems.map((p) => [p.path, p.code])).toEqual([['$.version', 'newerVersion']]);
      expect(problems[0].message).toContain('read-only');
      expect(document).toEqual(doc);
    });

    it.each([1, 2])('opens a version %i document (before exits; before pooled caps and rebalancing) as version 3, its content unchanged', (version) => {
      const old = { ...validDocument(), version };
      const { document, problems } = parseScenarioDocument(JSON.stringify(old), 'en');
      expect(problems).toEqual([]);
      expect(CURRENT_VERSION).toBe(3);
      expect(document).toEqual({ ...old, version: 3 });
      // Written back, it says version 3.
      expect(JSON.parse(serializeScenarioDocument(document!)).version).toBe(3);
    });

    it('reads the settings and fields version 3 added, and refuses them misspelt or out of range', () => {
      const doc = validDocument();
      doc.scenarios[0].settings = {
        restructuringMonth: '2025-07', parentDeputyCap: false,
        pooledCaps: [{ name: 'Phó Chủ tịch UBND xã', units: [{ field: 'kind', value: 'UBND xã' }], groupBy: 'Huyện cũ', average: 2.5 }],
      };
      doc.scenarios[0].operations.push({
        type: 'move', month: '2027-01', people: { where: [{ field: 'unit.surplus', op: 'gt', value: 0 }] }, untilBalanced: true,
        to: { unit: { where: [{ field: 'kind', value: 'Phòng Kinh tế' }] }, within: 'Huyện cũ', perUnit: 1, lacking: 'Vị trí việc làm' },
      });
      expect(parseScenarioDocument(JSON.stringify(doc), 'en').problems).toEqual([]);
      const last = doc.scenarios[0].operations.length - 1;
      doc.scenarios[0].operations[last].to.perUnit = 0;
      doc.scenarios[0].operations[last].to.assign = 'shuffled';
      doc.scenarios[0].settings.pooledCaps[0].average = -1;
      expect(parseScenarioDocument(JSON.stringify(doc), 'en').problems.map((p) => p.path).sort()).toEqual([
        `$.scenarios[0].operations[${last}].to.assign`,
        `$.scenarios[0].operations[${last}].to.perUnit`,
        '$.scenarios[0].settings.pooledCaps[0].average',
      ]);
    });

    it('reads an exit, which version 1 did not know', () => {
      const doc = validDocument();
      doc.scenarios[0].operations.push({ type: 'exit', month: '2027-01', people: { ids: ['CB1'] }, policy: 'resignation' });
      expect(parseScenarioDocument(JSON.stringify(doc), 'en').problems).toEqual([]);
      doc.scenarios[0].operations[doc.scenarios[0].operations.length - 1].policy = 'sacked';
      expect(parseScenarioDocument(JSON.stringify(doc), 'en').problems.map((p) => p.path)).toEqual([`$.scenarios[0].operations[${doc.scenarios[0].operations.length - 1}].policy`]);
    });

    it('gives no document when a newer document uses what this version does not know', () => {
      const doc = validDocument();
      doc.version = CURRENT_VERSION + 1;
      doc.scenarios[0].operations.push({ type: 'split', month: '2027-01' });
      const { document, problems } = parseScenarioDocument(JSON.stringify(doc), 'en');
      expect(document).toBeNull();
      expect(problems.map((p) => p.code)).toEqual(['newerVersion', 'unknownOperationType']);
    });
  });
});

describe('serializeScenarioDocument', () => {
  it('round-trips: parsing the serialized document gives it back', () => {
    const doc = validDocument() as ScenarioDocument;
    const parsed = parseScenarioDocument(serializeScenarioDocument(doc), 'en');
    expect(parsed.problems).toEqual([]);
    expect(parsed.document).toEqual(doc);
  });

  it('writes the same text whatever the key order of the input', () => {
    const doc = validDocument();
    const reversed = JSON.parse(JSON.stringify(doc), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value);
    expect(serializeScenarioDocument(reversed)).toBe(serializeScenarioDocument(doc as ScenarioDocument));
  });

  it('puts identity first and uses two-space indentation', () => {
    const text = serializeScenarioDocument({
      scenarios: [{ operations: [], name: 'A', code: 'A' }],
      version: 1,
      format: 'staffing-planner/scenarios',
    });
    expect(text).toBe(
      '{\n  "format": "staffing-planner/scenarios",\n  "version": 1,\n  "scenarios": [\n    {\n' +
        '      "code": "A",\n      "name": "A",\n      "operations": []\n    }\n  ]\n}\n',
    );
  });

  it('orders operation fields type, month, note, then the content', () => {
    const text = serializeScenarioDocument({
      format: 'staffing-planner/scenarios',
      version: 1,
      scenarios: [{
        code: 'A', name: 'A',
        operations: [{ to: { role: 'staff', unit: { ids: ['U2'] } }, people: { ids: ['P1'] }, note: 'n', month: '2026-01', type: 'move' }],
      }],
    });
    const op = JSON.parse(text).scenarios[0].operations[0];
    expect(Object.keys(op)).toEqual(['type', 'month', 'note', 'people', 'to']);
    expect(Object.keys(op.to)).toEqual(['unit', 'role']);
  });

  it('leaves out undefined fields', () => {
    const text = serializeScenarioDocument({
      format: 'staffing-planner/scenarios', version: 1,
      scenarios: [{ code: 'A', name: 'A', description: undefined, operations: [] }],
    });
    expect(text).not.toContain('description');
  });
});
