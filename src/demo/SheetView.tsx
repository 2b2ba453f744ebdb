import * as React from 'react';
import type ExcelJS from 'exceljs';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter } from '../tables/problems';
import type { CellRange, MemoryWorkbook } from './memoryWorkbook';

/**
 * A plain view of the demo workbook's sheets, standing in for Excel's grid: tabs of the visible
 * sheets, the cells as Excel would show them (number formats applied), a selection made by clicking
 * (Shift+click extends it). It redraws whenever the pane writes.
 */

/** Rows drawn at once: enough to see the tables and results; the downloaded file has them all. */
const ROWS_SHOWN = 400;
const COLUMNS_SHOWN = 30;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flexGrow: 1 },
  scroll: { overflow: 'auto', flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  colHead: {
    position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 4px',
  },
  rowHead: {
    position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 4px', textAlign: 'right',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '1px 4px', whiteSpace: 'nowrap', maxWidth: '28em',
    overflow: 'hidden', textOverflow: 'ellipsis', cursor: 'cell',
  },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', backgroundColor: tokens.colorBrandBackground2 },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, padding: tokens.spacingVerticalXS },
});

function excelDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400 * 1000));
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell's value as Excel shows it, for the formats the planner's sheets and ours use. */
function shownValue(cell: ExcelJS.Cell, lang: string): string {
  let value = cell.value as unknown;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
    if (v.richText) value = v.richText.map((r) => r.text).join('');
    else if ('result' in v) value = v.result;
    else if (v.text !== undefined) value = v.text;
    else if (v.error) value = v.error;
  }
  const format = cell.numFmt ?? '';
  if (value === null || value === undefined) return '';
  if (value instanceof Date || (typeof value === 'number' && /yy/.test(format))) {
    const d = value instanceof Date ? value : excelDate(value);
    const month = `${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    return /dd/.test(format) || value instanceof Date ? `${two(d.getUTCDate())}/${month}` : month;
  }
  if (typeof value === 'number') {
    if (format.includes('%')) return `${(value * 100).toFixed(1)}%`;
    // General format shows the number as it is (a birth year stays 1961); '#,##0' groups thousands.
    if (!format.includes('#,##0')) return String(value).replace('.', lang.startsWith('vi') ? ',' : '.');
    const text = Math.abs(value).toLocaleString(lang, { maximumFractionDigits: 2 });
    if (format.startsWith('+') && value > 0) return `+${text}`;
    return value < 0 ? `-${text}` : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function inRange(r: CellRange | null, sheet: string, row: number, col: number): boolean {
  return r !== null && r.sheet === sheet && row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.columns;
}

export function SheetView({ workbook, lang }: { readonly workbook: MemoryWorkbook; readonly lang: string }): React.JSX.Element {
  const styles = useStyles();
  const [, redraw] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => workbook.subscribe(redraw), [workbook]);
  const anchor = React.useRef<{ row: number; col: number } | null>(null);
  const sheets = workbook.workbook.worksheets.filter((ws) => ws.state === 'visible');
  const ws = workbook.workbook.getWorksheet(workbook.active) ?? sheets[0];
  const selected = workbook.selected;
  const scroller = React.useRef<HTMLDivElement>(null);

  // A cell selected from the pane (a problem clicked) is scrolled into view.
  React.useEffect(() => {
    scroller.current?.querySelector('[data-selected="true"]')?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selected, ws]);

  if (!ws) return <div className={styles.root} />;
  const rows = Math.min(ws.rowCount, ROWS_SHOWN);
  const columns = Math.min(Math.max(ws.columnCount, 1), COLUMNS_SHOWN);
  const firstRow = selected && selected.sheet === ws.name && selected.row > rows ? Math.max(1, selected.row - 20) : 1;
  const lastRow = Math.min(ws.rowCount, firstRow + rows - 1);

  const click = (row: number, col: number, extend: boolean): void => {
    const a = extend && anchor.current ? anchor.current : { row, col };
    if (!extend) anchor.current = { row, col };
    workbook.setSelection({
      sheet: ws.name,
      row: Math.min(a.row, row), col: Math.min(a.col, col),
      rows: Math.abs(row - a.row) + 1, columns: Math.abs(col - a.col) + 1,
    });
  };

  const body: React.JSX.Element[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const wsRow = ws.findRow(r);
    const cells: React.JSX.Element[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = wsRow?.findCell(c);
      const text = cell ? shownValue(cell, lang) : '';
      const numeric = typeof cell?.value === 'number';
      const isSelected = inRange(selected, ws.name, r, c);
      cells.push(
        <td
          key={c}
          className={`${styles.cell}${numeric ? ` ${styles.number}` : ''}${isSelected ? ` ${styles.selected}` : ''}`}
          data-cell={`${columnLetter(c)}${r}`}
          data-selected={isSelected && selected?.row === r && selected.col === c ? 'true' : undefined}
          title={text.length > 30 ? text : undefined}
          onMouseDown={(e) => click(r, c, e.shiftKey)}
        >
          {text}
        </td>,
      );
    }
    body.push(<tr key={r}><th scope="row" className={styles.rowHead}>{r}</th>{cells}</tr>);
  }

  return (
    <div className={styles.root}>
      <TabList
        size="small"
        selectedValue={ws.name}
        onTabSelect={(_, d) => workbook.activate(String(d.value))}
        aria-label="Sheets"
      >
        {sheets.map((s) => <Tab key={s.name} value={s.name}>{s.name}</Tab>)}
      </TabList>
      <div className={styles.scroll} ref={scroller} role="region" aria-label={ws.name} tabIndex={0}>
        <table className={styles.table} data-sheet={ws.name}>
          <thead>
            <tr>
              <th className={styles.corner} aria-label="Row" />
              {Array.from({ length: columns }, (_, i) => <th key={i} scope="col" className={styles.colHead}>{columnLetter(i + 1)}</th>)}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      {(ws.rowCount > lastRow || firstRow > 1) && (
        <div className={styles.note}>{`${firstRow}–${lastRow} / ${ws.rowCount}`}</div>
      )}
    </div>
  );
}
