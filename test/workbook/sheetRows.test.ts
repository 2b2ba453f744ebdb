import fc from 'fast-check';
import { readSheetCells, type SheetContext } from '../../src/workbook/packageRead';
import { RowSkimmer } from '../../src/workbook/sheetRows';
import { XmlError, XmlScanner } from '../../src/workbook/xml';

const CONTEXT: SheetContext = { strings: ['a', 'b', 'c'], dateStyles: [false, false, true, false], date1904: false, maxRun: 60 };

/** The cells read from `xml` fed in `pieces` (lengths, cycled), or the fault the scan stopped at. */
function read(xml: string, pieces: readonly number[], skim: boolean, context = CONTEXT): unknown {
  try {
    const sheet = readSheetCells((handler) => {
      const scanner = new XmlScanner(handler, context.maxRun);
      for (let at = 0, k = 0; at < xml.length; k++) {
        const size = pieces[k % pieces.length];
        scanner.push(xml.slice(at, at + size));
        at += size;
      }
      scanner.end();
    }, context, skim);
    return { rows: [...sheet.rows].sort((a, b) => a[0] - b[0]), used: sheet.used };
  } catch (e) {
    if (e instanceof XmlError) return { fault: e.fault };
    throw e;
  }
}

const sheet = (rows: string): string =>
  `<?xml version="1.0"?><worksheet xmlns="urn:main" xmlns:x14ac="urn:ac"><dimension ref="A1:C3"/><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>`;

/** Rows of the shape spreadsheet programs write, which the skimmer reads whole. */
const COMMON = [
  '<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Mã đơn vị</t></is></c><c r="C1" s="2"><v>45000</v></c></row>',
  "<row r='2'><c r='A2' t='str'><f>A1&amp;\"x\"</f><v>ax</v></c><c r='B2' s='3'/><c t='b'><v>1</v></c></row>",
  '<row r="3">\n  <c r="A3" t="e"><v>#N/A</v></c>\n  <c r="C3" t="d"><v>2026-01-05</v></c>\n  <c r="D3" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c>\n</row>',
  '<row r="4"/>',
  '<row><c><v>7</v></c><c><f t="shared" si="0"/><v>8</v></c></row>',
  '<row r="9"><c r="A9"><v>1</v></c><c r="B9"><v>2</v></c></row>',
];

describe('RowSkimmer: the fast path of reading sheet rows', () => {
  it('reads the rows spreadsheet programs write whole, to the values the scanner reads', () => {
    for (const row of COMMON) {
      const cells: unknown[] = [];
      const skimmer = new RowSkimmer({ row: (r) => cells.push(['row', r]), cell: (...c) => cells.push(c) }, 1000);
      expect([row, skimmer.skim(`${row}<row r="99"/>`, 0)]).toEqual([row, row.length]);
    }
    const xml = sheet(COMMON.join(''));
    expect(read(xml, [xml.length], true)).toEqual(read(xml, [xml.length], false));
    expect(read(xml, [xml.length], true)).toMatchObject({
      rows: [
        [1, [undefined, 'a', 'Mã đơn vị', new Date(Date.UTC(2023, 2, 15))]],
        [2, [undefined, 'ax', undefined, true]],
        [3, [undefined, { error: '#N/A' }, undefined, new Date(Date.UTC(2026, 0, 5)), ' x ']],
        [5, [undefined, 7, 8]],
        [9, [undefined, 1, null]],
      ],
    });
  });

  it('leaves to the scanner, consuming nothing, every row of another shape', () => {
    const others = [
      '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>',
      '<row r="1"><c r="A1"><v>a &amp; b</v></c></row>',
      '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><rPh><t>x</t></rPh></is></c></row>',
      '<row r="1"><c r="A1"><v><![CDATA[5]]></v></c></row>',
      '<row r="1"><!-- note --><c r="A1"><v>5</v></c></row>',
      '<row r="1"><c r="A&#49;"><v>5</v></c></row>',
      '<row r = "1"><c><v>5</v></c></row>',
      '<row r="1"><c r="A1" t="weird"><v>5</v></c></row>',
      '<row r="0"><c><v>5</v></c></row>',
      '<row r="1"><c xmlns:q="urn:q" r="A1"><v>5</v></c></row>',
      '<row r="1"><c r="A1"><v>5</v><extLst/></c></row>',
      '<row r="1"><c r="A1"><v>5</v></c>', // cut at the end of a piece
      `<row r="1"><c r="A1"><v>${'9'.repeat(70)}</v></c></row>`, // longer than the limit
    ];
    for (const row of others) {
      const skimmer = new RowSkimmer({ row: () => undefined, cell: () => undefined }, 60);
      expect([row, skimmer.skim(row, 0)]).toEqual([row, 0]);
    }
  });

  it('gives what the scanner alone gives on any sheet, however its text is cut', () => {
    const text = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('0', '2', '3', '12.5', '-1', ' 7 ', '', 'x', 'TRUE', '1', '2026-01-05', 'A_x0042_', 'Hà Tĩnh') },
      { weight: 1, arbitrary: fc.constantFrom('a &amp; b', '&#65;', '9'.repeat(70)) },
    );
    // The shapes the skimmer reads come first and most often: the rest make it hand rows over.
    const attr = (name: string, values: readonly string[]) => fc.option(fc.tuple(fc.constantFrom(name, name, name, `x:${name}`), fc.constantFrom(...values), fc.constantFrom('"', "'")).map(([n, v, q]) => ` ${n}=${q}${v}${q}`), { nil: '' });
    const cellAttrs = fc.tuple(
      attr('r', ['A1', 'B5', 'b5', 'AA10', '5', '', 'A1', 'B5', 'C3', 'C&#49;']),
      attr('s', ['0', '1', '2', '3', '', 'x']),
      attr('t', ['s', 'n', 'str', 'inlineStr', 'b', 'e', 'd', 'weird']),
      fc.constantFrom('', '', '', '', ' cm="1"', ' xmlns:q="urn:q"', ' vm = "1"'),
    ).chain((parts) => fc.shuffledSubarray(parts, { minLength: parts.length })).map((parts) => parts.join(''));
    const child = fc.oneof(
      { weight: 8, arbitrary: text.map((t) => `<v>${t}</v>`) },
      { weight: 4, arbitrary: text.map((t) => `<is><t>${t}</t></is>`) },
      { weight: 1, arbitrary: text.map((t) => `<is> <t xml:space="preserve">${t}</t> </is>`) },
      { weight: 1, arbitrary: fc.constantFrom('<is><r><t>a</t></r><r><t>b</t></r></is>', '<is><t>a</t><rPh><t>x</t></rPh></is>', '<f>SUM(A1:A2)</f>', '<f t="shared" si="0"/>',
        '<!-- c -->', '<v><![CDATA[5]]></v>', '\n  ', '<extLst/>', '<v></v>', `<f>${'1+'.repeat(40)}1</f>`) },
    );
    const cell = fc.tuple(fc.constantFrom('c', 'c', 'c', 'x:c'), cellAttrs, fc.array(child, { maxLength: 2 }), fc.boolean())
      .map(([name, attrs, children, empty]) => (empty && children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`));
    const rowAttrs = fc.tuple(attr('r', ['1', '2', '3', '05', '7', '1', '2', '3', '0', ' 4', '', '&#53;']), fc.constantFrom('', ' spans="1:3"', ' x14ac:dyDescent="0.25"', ' ht="15" customHeight="1"'))
      .map(([r, more]) => `${r}${more}`);
    const row = fc.tuple(fc.constantFrom('row', 'row', 'row', 'x:row'), rowAttrs, fc.array(cell, { maxLength: 4 }), fc.constantFrom('', '\n', ' '))
      .map(([name, attrs, cells, space]) => (cells.length === 0 && space === ' ' ? `<${name}${attrs}/>` : `<${name}${attrs}>${space}${cells.join(space)}</${name}>`));
    const pieces = fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 4 });
    let rowsSeen = 0;
    let rowsSkimmed = 0;
    fc.assert(fc.property(fc.array(row, { maxLength: 8 }), pieces, (rows, cut) => {
      for (const one of rows) {
        rowsSeen++;
        if (new RowSkimmer({ row: () => undefined, cell: () => undefined }, CONTEXT.maxRun).skim(`${one}</row>`, 0) > 0) rowsSkimmed++;
      }
      const xml = sheet(rows.join(''));
      expect(read(xml, cut, true)).toEqual(read(xml, cut, false));
    }), { numRuns: 3000 });
    // Both paths were exercised: a good share of the rows was read by the skimmer, the rest not.
    expect(rowsSkimmed / rowsSeen).toBeGreaterThan(0.1);
    expect(rowsSkimmed / rowsSeen).toBeLessThan(0.8);
  });
});

describe('readSheetCells: why a cell reads empty', () => {
  const ROWS = [
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>30+30</f></c><c r="C1"><f t="shared" si="0"/></c><c r="D1" t="str"><f>A1</f><v></v></c></row>',
    '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" s="1"/></row>',
  ];

  it.each([true, false])('notes formulas without a cached value and keeps merged ranges (skimming: %s)', (skim) => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="urn:main"><sheetData>${ROWS.join('')}</sheetData><mergeCells count="1"><mergeCell ref="$F$2:F5"/></mergeCells></worksheet>`;
    const parsed = readSheetCells((handler) => {
      const scanner = new XmlScanner(handler, CONTEXT.maxRun);
      scanner.push(xml);
      scanner.end();
    }, CONTEXT, skim);
    expect([...parsed.formulasWithoutValue].map((k) => [Math.floor(k / 16_384), k % 16_384])).toEqual([[1, 2], [1, 3]]);
    expect(parsed.merges).toEqual([{ ref: 'F2:F5', top: 2, left: 6, bottom: 5, right: 6 }]);
    expect(parsed.rows.get(2)?.[1]).toBe(2);
  });
});
