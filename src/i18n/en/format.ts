import type { FormatMessages, JsonType } from '../../format/problems';

const TYPE_NAMES: Readonly<Record<JsonType, string>> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

function types(list: readonly JsonType[]): string {
  const names = list.map((t) => TYPE_NAMES[t]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function quoted(list: readonly string[]): string {
  return list.map((v) => `"${v}"`).join(', ');
}

const ORDER_OPS = 'gt, gte, lt, lte';

export const formatMessages: FormatMessages = {
  invalidJson: ({ line, column, detail }) =>
    `The file is not valid JSON${line !== null ? ` (line ${line}, column ${column})` : ''}: ${detail}. ` +
    'Check for a missing or extra comma, quote or bracket.',
  tooDeep: ({ line, column, max }) =>
    `The file nests brackets more than ${max} deep (line ${line}, column ${column}); no scenario document does. ` +
    'It is not a scenario file, or it is damaged: use a file exported by this tool.',
  wrongFormat: ({ found, expected }) =>
    `This is not a scenario document: 'format' is "${found}", expected "${expected}".`,
  newerVersion: ({ found, supported }) =>
    `This document was written by a newer version of the planner (format version ${found}; this version ` +
    `reads up to ${supported}). It opens read-only: update the add-in to edit it.`,
  unknownField: ({ at, field, suggestion }) =>
    `Unknown field '${field}' at ${at}: remove it or check the spelling` +
    (suggestion ? ` (did you mean '${suggestion}'?).` : '.'),
  missingField: ({ at, field }) => `Missing field '${field}' at ${at}.`,
  wrongType: ({ at, expected, found, value }) =>
    `Wrong type at ${at}: expected ${types(expected)}, found ` +
    `${found === 'number' ? 'a number with decimals' : TYPE_NAMES[found]}${value !== null ? ` (${value})` : ''}.`,
  outOfRange: ({ at, value, min, max }) =>
    `Value ${value} at ${at} is out of range: ` +
    (min !== null && max !== null ? `allowed from ${min} to ${max}.`
      : min !== null ? `it must be at least ${min}.` : `it must be at most ${max}.`),
  badMonth: ({ at, value }) => `Bad month "${value}" at ${at}: write it as YYYY-MM, e.g. 2026-01.`,
  badCode: ({ at, value }) =>
    `Bad code "${value}" at ${at}: use 1 to 12 characters among letters without accents (A–Z, a–z), ` +
    "digits, '-' and '_'.",
  badDateTime: ({ at, value }) =>
    `Bad date and time "${value}" at ${at}: write it in ISO 8601, e.g. 2026-01-15T09:30:00Z.`,
  badValue: ({ at, value, allowed }) =>
    `Value "${value}" at ${at} is not allowed: use one of ${quoted(allowed)}.`,
  unknownOperationType: ({ at, value, allowed }) =>
    `Unknown operation type "${value}" at ${at}: the valid types are ${allowed.join(', ')}.`,
  empty: ({ at }) => `${at} must not be empty.`,
  tooLong: ({ at, max }) => `The text at ${at} is too long: at most ${max} characters.`,
  duplicateItem: ({ at, value, first }) => `Duplicate value "${value}" at ${at}: it is already at ${first}.`,
  selectorForm: ({ at, found }) =>
    found === 'both'
      ? `${at} has both 'ids' and 'where': keep 'ids' to list units or people one by one (single form), ` +
        "or 'where' to select them by rule (rule form)."
      : `${at} needs 'ids' (a list, single form) or 'where' (filters, rule form).`,
  limitNeedsWhere: ({ at, field }) =>
    `'${field}' at ${at} only applies to a rule ('where'); with 'ids', list exactly the people you want.`,
  requiresField: ({ at, field, requires }) => `'${field}' at ${at} needs '${requires}' as well.`,
  postMatchEmpty: ({ at }) => `${at} must name the post by 'title', by 'role', or both.`,
  filterValue: ({ at, op, expected }) =>
    expected === 'single'
      ? `With op '${op}' the value at ${at} must be a single value: a list goes with 'in' or 'notIn' (or no op).`
      : `With op '${op}' (one of ${ORDER_OPS}) the value at ${at} must be a number or a text ` +
        "(dates as 'yyyy-mm-dd').",
  numberComparedWithText: ({ at, field, op, value }) =>
    `'${field}' is a number, so the value compared with '${op}' at ${at} must be a number (e.g. 50), not "${value}": ` +
    'compared with a text, nobody would be selected.',
  duplicateCode: ({ at, code, first }) =>
    `Scenario code "${code}" at ${at} is already used at ${first}: codes must be unique ` +
    '(upper and lower case count as the same, as in sheet names).',
  duplicateName: ({ at, name, first }) =>
    `Scenario name "${name}" at ${at} is already used at ${first}: give each scenario its own name.`,
  monthOutOfRange: ({ at, value, min, max }) => `Month ${value} at ${at} is outside ${min} … ${max}.`,
  retirementTableOrder: ({ at, year, previous }) =>
    `The retirement table row at ${at} starts in ${year}, not after the row before it (${previous}): ` +
    "list the rows by increasing 'fromYear'.",
  duplicateRun: ({ at, code, first }) =>
    `The run of scenario "${code}" at ${at} repeats ${first}: keep one run per scenario.`,
  forbiddenCharacter: ({ at, key, characters, more }) => {
    const many = characters.length > 1 || more;
    return `The ${key ? 'field name' : 'text'} at ${at} holds ${many ? 'the characters' : 'the character'} ` +
      `${characters.join(', ')}${more ? ' and others' : ''}, which an Excel workbook cannot store ` +
      `(invisible control ${many ? 'characters' : 'character'}, often pasted by mistake): remove ${many ? 'them' : 'it'}.`;
  },
  invalid: ({ at, detail }) => `Invalid value at ${at} (${detail}).`,
};
