import type { ProblemTexts } from '../../tables/problems';

/** English texts of the problems found while reading the staffing tables. */
export const PROBLEM_TEXTS_EN: ProblemTexts = {
  messages: {
    noUnitTable:
      'No unit table was found. Add a table whose header row holds at least Unit ID (Mã đơn vị), Unit name (Tên đơn vị), Level (Cấp) and Quota (Biên chế), or choose the unit table in the column mapping.',
    noPeopleTable:
      'No people table was found. Add a table whose header row holds at least Full name (Họ và tên), Unit (Đơn vị) and Title (Chức vụ), or choose the people table in the column mapping.',
    missingColumn:
      'the {table} has no column for the {field}. Add a column with one of the headers {headers} (or another usual one), or map an existing column to it in the column mapping.',
    otherUnitTable:
      'the range {range} also reads as a unit table, but only one unit table is read: {readRange} on sheet “{readSheet}”, and the units here are left out. Put all the units in one table, or, to read this one instead, choose it as the unit table in the column mapping.',
    otherPeopleTable:
      'the range {range} also reads as a people table, but only one people table is read: {readRange} on sheet “{readSheet}”, and the people here are left out. Put all the people in one table, or, to read this one instead, choose it as the people table in the column mapping.',
    tableTooLarge:
      'the {table} spans {range}, {rows} rows by {columns} columns, more than is read (at most {maxColumns} columns and {maxCells} cells): something far below or to the right of the table stretches it. On that sheet, press Ctrl+End to find the last cell in use, delete the rows and columns beyond the table, and save; or make the table an Excel table (Insert → Table).',
    emptyTable: 'the {table} has a header row but no data below it. Fill in the rows, or choose another table in the column mapping.',
    noBirthDateColumn:
      'the people table has no birth date column, so no retirement will be projected. To project retirements, add a column with one of the headers {headers}, or birth dates split into “Nam” and “Nữ” columns.',
    generatedPersonIds:
      'the people table has no person ID column, so {count} IDs were made from the row numbers ({first} … {last}). They change when rows move: add a column with one of the headers {headers} so that scenarios keep pointing at the right people.',
    errorValue: 'the {field} cell holds the error value {value}. Correct the formula behind it, or type the value.',
    emptyRequiredCell: 'the {field} is empty, so this row cannot be read. Fill it in.',
    notANumber: 'the {field} must be a whole number, but the cell holds “{value}”. Type a number such as 12.',
    negativeNumber: 'the {field} cannot be negative ({value}). Type 0 or more.',
    notWholeNumber: 'the {field} must be a whole number, not {value}. Round it to a whole number.',
    numberTooLarge:
      'the {field} {value} is more than {max}, far more than any unit has: probably a typing slip (an extra digit, or a total typed in a unit’s row). Type the unit’s own figure, at most {max}.',
    unreadableDate:
      '“{value}” in the {field} cell is not a date that can be read. Write it as dd/mm/yyyy (for example 05/03/1968), as yyyy-mm-dd, or the year alone.',
    textTooLong:
      'the {field} cell holds {length} characters, more than an Excel cell can hold (32,767); it would be cut when written back. Shorten it.',
    unknownGender:
      'gender “{value}” is not recognised, so the retirement age of this person is unknown. Write Nam or Nữ (or M / F).',
    missingGender:
      'the gender is empty, so the retirement age of this person is unknown. Write Nam or Nữ in the gender column, or put the birth date in the Nam or Nữ column.',
    conflictingGender:
      'the gender column says {gender} but the birth date is in the {otherGender} column; the gender column was used. Correct the one that is wrong.',
    bothSplitDates:
      'both the Nam and the Nữ birth date columns are filled, so the gender is unknown. Keep the date in one column only.',
    unknownRole:
      'role “{value}” is not recognised, so the role was taken from the title: {inferred}. Write head, deputy or staff (Trưởng, Phó, Nhân viên), or leave the cell empty.',
    missingBirthDate: '{name} has no birth date, so no retirement is projected for this person. Fill in the birth date.',
    birthDateInFuture:
      'the birth date {value} is after today ({today}), so this person cannot be simulated. Correct it (dates are read as dd/mm/yyyy, for example 05/03/1968).',
    pastRetirementAge:
      '{name}, born {value}, reached the statutory retirement age in {lastMonth}, before today: a run counts this person as retired from its first month, in no figure. If the birth date is wrong, correct it; if the person has left, remove the row.',
    laterRetirementBeyondLimit:
      '{name} leaves from {value}, later than the statutory retirement ({statutory}) and after reaching {age}: a later retirement goes up to {age} at most (60 for women, 65 for men), for the posts NĐ 83/2022 (as amended by NĐ 99/2024) lists, none of them at commune level. The latest month is {limit}. Check this month.',
    implausibleAge: 'the birth date {value} gives an age of {age}, outside {min} to {max} years. Check it.',
    duplicateUnitId:
      'unit ID “{id}” is the same as “{firstId}” in cell {firstCell} (IDs are compared ignoring upper and lower case, extra spaces and full-width characters such as “Ｐ０１”). Give each unit its own ID.',
    duplicatePersonId:
      'person ID “{id}” is the same as “{firstId}” in cell {firstCell} (IDs are compared ignoring upper and lower case, extra spaces and full-width characters such as “Ｐ０１”). Give each person their own ID.',
    unknownUnit:
      'unit “{value}” is not in the unit table (neither as an ID nor as a name). Correct it, or add the unit to the unit table.',
    ambiguousUnitName: '“{value}” is the name of several units ({ids}). Write the unit ID instead of the name.',
    unknownParent:
      'parent unit “{value}” is not in the unit table. Correct it, or leave the cell empty for a unit at the top.',
    parentCycle:
      'unit “{id}” is its own parent through the parent column (a loop). Correct the parent of one of the units in the loop.',
    twoHeads:
      '{name} is a second head of unit “{unitId}” (the first is in row {firstRow}). A unit has one head: make one of them a deputy (Phó …) or correct the role.',
    rowsAfterTotals:
      'the {table} stops at the totals row “{label}”, so the rows below it that read as records were not read: {count}, the first in row {firstRow}. Remove subtotal rows from the middle of the table, or move them below its last row.',
    rowsBelowTable:
      'this row and those under it ({count} in all) lie directly under the Excel table “{name}” ({range}), outside it, so they were not read. Extend the table over them: click in the table, then Table Design → Resize Table (rows added in LibreOffice often land outside it).',
    staleMapping:
      'the column mapping saved for the {table} takes the {field} from column {savedColumn}, whose header is now “{savedHeader}”: columns were probably inserted, deleted or moved since. The header was read again, and the {field} is now read from column {newColumn}. Check the column mapping.',
  },
  variants: {
    staleMappingLost:
      'the column mapping saved for the {table} takes the {field} from column {savedColumn}, whose header is now “{savedHeader}”: columns were probably inserted, deleted or moved since. No column of the header, read again, holds the {field}: map it again in the column mapping.',
    sameUnitId: 'unit ID “{id}” is already in cell {firstCell}. Give each unit its own ID.',
    samePersonId: 'person ID “{id}” is already in cell {firstCell}. Give each person their own ID.',
    mergedCell:
      'the {field} cell is part of the merged range {range}, so only the range’s top-left cell holds the value and this cell reads as empty. Unmerge it (Home → Merge & Center → Unmerge Cells) and fill in each cell.',
    formulaWithoutValue:
      'the {field} cell holds a formula without a calculated value (the file was saved by a program that does not calculate), so it reads as empty. Open the file in Excel (or LibreOffice) and save it, so that the values are stored.',
  },
  fields: {
    unitId: 'unit ID',
    unitName: 'unit name',
    level: 'level',
    kind: 'unit kind',
    locality: 'locality',
    parent: 'parent unit',
    quota: 'quota',
    deputyCap: 'deputy cap',
    personId: 'person ID',
    fullName: 'full name',
    birthDate: 'birth date',
    male: 'birth date (Nam column)',
    female: 'birth date (Nữ column)',
    gender: 'gender',
    unit: 'unit of the person',
    title: 'title',
    role: 'role',
    concurrentTitles: 'concurrent titles',
    leavesFrom: 'month of leaving (retirement or exit)',
  },
  tables: { units: 'unit table', people: 'people table' },
  roles: { head: 'head', deputy: 'deputy', staff: 'staff' },
  genders: { M: 'male', F: 'female' },
  sheet: 'Sheet “{sheet}”',
  row: 'row {row}',
  column: 'column {column}',
  headerColumn: '“{header}”',
  skippedSheets:
    'Sheets whose name starts with “_” are left to other tools and were not searched: {sheets}. If the table is on one of them, rename the sheet without the leading “_”.',
};
