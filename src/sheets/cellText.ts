import { EXCEL_CELL_MAX_CHARS } from '../tables/cells';
import { columnLetter } from '../tables/problems';
import type { Block, CellScalar, SheetDescription } from './layout';

/**
 * The last check on text before any writer sees a sheet: what a workbook cannot hold is corrected
 * visibly, and each correction is reported with its cell, in both writers alike. A character XML 1.0
 * cannot hold (NUL, BEL, ESC, U+FFFE, an unpaired surrogate…) would make the file unreadable: it is
 * shown as U+FFFD '�'. Text over Excel's 32,767 characters per cell is cut, ending with '…'.
 */

export const REPLACEMENT_MARK = '\uFFFD';

// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface CellFix {
  readonly sheet: string;
  /** 'B12'. */
  readonly cell: string;
  readonly kind: 'invalidCharacters' | 'tooLong';
  /** Characters before the cut, for 'tooLong'. */
  readonly length?: number;
}

/** Whether a text holds a character that XML 1.0, and so a workbook, cannot hold. */
export function hasInvalidXmlChars(text: string): boolean {
  NOT_IN_XML.lastIndex = 0;
  return NOT_IN_XML.test(text);
}

/** Each character XML cannot hold replaced by U+FFFD, or by what `replace` makes of it. */
export function withoutInvalidXmlChars(text: string, replace: (c: string) => string = () => REPLACEMENT_MARK): string {
  return text.replace(NOT_IN_XML, replace);
}

/** The text cut to what a cell holds, never inside a surrogate pair. */
export function cutToCell(text: string): string {
  let end = EXCEL_CELL_MAX_CHARS - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** The sheets with every text cell a workbook can hold, and what was corrected where. Unchanged sheets are the same objects. */
export function safeSheets(sheets: readonly SheetDescription[]): { sheets: SheetDescription[]; fixes: CellFix[] } {
  const fixes: CellFix[] = [];
  const out = sheets.map((sheet) => {
    let changed = false;
    const blocks = sheet.blocks.map((block): Block => {
      let rows: CellScalar[][] | null = null;
      // Plain loops, and a cell's address made only for a fix: this visits every cell of every sheet.
      const cell = (i: number, j: number): string => `${columnLetter(block.col + j)}${block.row + i}`;
      for (let i = 0; i < block.values.length; i++) {
        const row = block.values[i];
        for (let j = 0; j < row.length; j++) {
          const value = row[j];
          if (typeof value !== 'string') continue;
          let text = value;
          if (hasInvalidXmlChars(text)) {
            text = withoutInvalidXmlChars(text);
            fixes.push({ sheet: sheet.name, cell: cell(i, j), kind: 'invalidCharacters' });
          }
          if (text.length > EXCEL_CELL_MAX_CHARS) {
            fixes.push({ sheet: sheet.name, cell: cell(i, j), kind: 'tooLong', length: text.length });
            text = cutToCell(text);
          }
          if (text === value) continue;
          rows ??= block.values.map((r) => [...r]);
          rows[i][j] = text;
        }
      }
      if (rows === null) return block;
      changed = true;
      return { ...block, values: rows };
    });
    return changed ? { ...sheet, blocks } : sheet;
  });
  return { sheets: out, fixes };
}
