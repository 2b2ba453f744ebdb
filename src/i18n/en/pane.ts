import type { HiringPolicy } from '../../domain/settings';
import type { ExitPolicy, OperationType } from '../../domain/scenario';
import type { ProblemCode, ProblemTexts } from '../../tables/problems';
import { PROBLEM_TEXTS_EN } from './problems';

/** Texts of the task pane. English is the reference shape; `{name}` placeholders are filled by `fill`. */
export interface PaneText {
  /** The Data step's problems, as the command line words them: in this language's chunk only. */
  readonly problems: ProblemTexts;
  readonly title: string;
  readonly language: string;
  readonly steps: { readonly data: string; readonly scenarios: string; readonly run: string; readonly compare: string };
  readonly common: {
    readonly loading: string;
    /** The label of the button that shows what a figure means. */
    readonly definitionOf: string;
    readonly save: string;
    readonly cancel: string;
    readonly close: string;
    readonly remove: string;
    readonly add: string;
    readonly edit: string;
    readonly yes: string;
    readonly no: string;
    readonly none: string;
    readonly month: string;
    /** Under every month field: how to type one, and what is wrong with what was typed. */
    readonly monthHint: string;
    readonly monthInvalid: string;
    /** A number that is not a whole number within {min}–{max}. */
    readonly wholeNumberInvalid: string;
    /** A number that may have a fraction (a percentage, an average). */
    readonly numberInvalid: string;
    readonly note: string;
    readonly failed: string;
    readonly retry: string;
  };
  readonly data: {
    readonly intro: string;
    readonly tables: string;
    readonly reload: string;
    readonly unitTable: string;
    readonly peopleTable: string;
    readonly noTable: string;
    readonly tableOption: string;
    readonly columns: string;
    readonly notMapped: string;
    readonly columnOption: string;
    readonly saveMapping: string;
    readonly mappingSaved: string;
    readonly summary: string;
    readonly units: string;
    readonly people: string;
    readonly quota: string;
    readonly byLevel: string;
    readonly total: string;
    readonly problems: string;
    readonly noProblems: string;
    readonly errors: string;
    readonly warnings: string;
    readonly blocking: string;
    readonly goTo: string;
    /** A problem kind's name, for the grouped list: 'Birth date missing'. */
    readonly problemKinds: Readonly<Record<ProblemCode, string>>;
    readonly groupCount: string;
    readonly groupMore: string;
    readonly storeProblem: string;
    /** {place}: the store's cell that breaks it; {text}: what it holds, cut short. */
    readonly storeCell: string;
    readonly newerStore: string;
    readonly readOnly: string;
    readonly foreignStore: string;
    readonly replaceStore: string;
    readonly confirmReplaceTitle: string;
    readonly confirmReplace: string;
    readonly storeReplaced: string;
  };
  readonly scenarios: {
    readonly intro: string;
    readonly none: string;
    readonly create: string;
    readonly duplicate: string;
    readonly delete: string;
    readonly confirmDelete: string;
    readonly confirmDeleteSheets: string;
    readonly deleteSheets: string;
    readonly export: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly import: string;
    readonly imported: string;
    readonly importProblems: string;
    readonly renamedOnImport: string;
    readonly skippedOnImport: string;
    readonly noStoreInWorkbook: string;
    readonly operations: string;
    readonly state: Readonly<Record<'notRun' | 'current' | 'outOfDate' | 'edited', string>>;
    readonly exportName: string;
    readonly exportSheet: string;
    readonly exportSheetName: string;
    readonly exportSheetNote: string;
    readonly exportSheetDone: string;
    readonly view: string;
    readonly copyOf: string;
  };
  readonly suggest: {
    readonly open: string;
    readonly heading: string;
    readonly results: string;
    readonly intro: string;
    readonly units: string;
    readonly mode: string;
    readonly modes: { readonly move: string; readonly secondment: string; readonly deputies: string };
    readonly then: string;
    readonly thenHint: string;
    readonly by: string;
    readonly exitYears: string;
    readonly keepQuota: string;
    readonly exit: string;
    readonly coordinates: string;
    readonly coordinatesHint: string;
    readonly maxKm: string;
    readonly months: string;
    readonly senders: string;
    readonly receivers: string;
    readonly people: string;
    readonly sameLevel: string;
    readonly excluded: string;
    readonly within: string;
    readonly withinHint: string;
    readonly prefer: string;
    readonly preferHint: string;
    readonly specialty: string;
    readonly specialtyHint: string;
    readonly maxFromUnit: string;
    readonly minMonthsLeft: string;
    readonly month: string;
    readonly timeLimit: string;
    readonly run: string;
    readonly running: string;
    readonly gap: string;
    readonly moves: string;
    readonly all: string;
    readonly none: string;
    readonly unbalanced: string;
    readonly resolve: string;
    readonly save: string;
    readonly saved: string;
    readonly back: string;
    readonly failed: string;
    readonly nothing: string;
  };
  readonly editor: {
    readonly heading: string;
    readonly code: string;
    readonly codeHint: string;
    readonly name: string;
    readonly description: string;
    readonly settings: string;
    readonly startMonth: string;
    readonly startMonthHint: string;
    readonly horizon: string;
    readonly hiring: string;
    readonly policies: Readonly<Record<HiringPolicy, string>>;
    readonly lag: string;
    readonly retirement: string;
    readonly maxTitles: string;
    readonly deputyCaps: string;
    readonly deputyCapOther: string;
    readonly graceMonths: string;
    readonly restructuringMonth: string;
    readonly parentDeputyCap: string;
    readonly pooledCaps: string;
    readonly pooledCapName: string;
    readonly pooledCapUnits: string;
    readonly pooledCapGroupBy: string;
    readonly pooledCapGroupAll: string;
    readonly pooledCapAverage: string;
    readonly addPooledCap: string;
    readonly removePooledCap: string;
    readonly defaultPooledCaps: string;
    readonly unverified: string;
    readonly operations: string;
    readonly noOperations: string;
    readonly addOperation: string;
    readonly moveUp: string;
    readonly moveDown: string;
    /** A field of the form shows an error: nothing is saved. */
    readonly fieldInvalid: string;
    readonly invalid: string;
    readonly codeTaken: string;
    /** A rule with no condition would select everything: `{place}` is the selector's label. */
    readonly emptyRule: string;
    /** Before saving operations that select many units or people: what they select, to confirm. */
    readonly confirmLarge: string;
    readonly largeUnits: string;
    readonly largePeople: string;
    readonly confirmSave: string;
    readonly backToEdit: string;
    readonly saved: string;
  };
  readonly operation: {
    readonly types: Readonly<Record<OperationType, string>>;
    readonly hints: Readonly<Record<OperationType, string>>;
    readonly editHeading: string;
    readonly apply: string;
    readonly holder: string;
    readonly target: string;
    readonly copyUnits: string;
    readonly title: string;
    readonly role: string;
    readonly roles: { readonly any: string; readonly head: string; readonly deputy: string; readonly staff: string };
    readonly pairBy: string;
    readonly formerHolder: string;
    readonly formerHolders: { readonly vacancy: string; readonly deputy: string; readonly surplus: string };
    /** The exit's policy and its choices, each with its legal basis. */
    readonly policy: string;
    readonly policyHint: string;
    readonly policies: Readonly<Record<ExitPolicy, string>>;
    readonly cutQuota: string;
    readonly units: string;
    readonly people: string;
    readonly groupBy: string;
    readonly groupByHint: string;
    readonly intoId: string;
    readonly intoName: string;
    readonly intoKind: string;
    readonly intoHint: string;
    readonly quota: string;
    readonly quotaModes: { readonly sum: string; readonly sumMinus: string; readonly sumMinusPercent: string; readonly fixed: string };
    readonly value: string;
    readonly head: string;
    readonly headHint: string;
    readonly deputyCap: string;
    readonly to: string;
    readonly within: string;
    readonly withinHint: string;
    readonly perUnit: string;
    readonly perUnitHint: string;
    readonly lacking: string;
    readonly lackingHint: string;
    readonly assignInOrder: string;
    readonly assignInOrderHint: string;
    readonly untilBalanced: string;
    readonly untilBalancedHint: string;
    readonly newTitle: string;
    readonly newTitleHint: string;
    readonly duration: string;
    /** A duration that is not a whole number of months in {min}–{max}. */
    readonly durationInvalid: string;
    readonly quotaAt: string;
    readonly quotaAtOptions: { readonly destination: string; readonly origin: string };
    readonly onReturn: string;
    readonly onReturnOptions: { readonly origin: string; readonly sameLevelVacancy: string; readonly stay: string };
    readonly change: string;
    readonly changeModes: { readonly set: string; readonly cut: string; readonly cutPercent: string };
    readonly abolishPeople: string;
    readonly abolishOptions: { readonly withoutPost: string; readonly to: string };
  };
  readonly selector: {
    readonly chosen: string;
    readonly rule: string;
    readonly search: string;
    readonly searchUnits: string;
    readonly searchPeople: string;
    readonly noMatch: string;
    readonly moreMatches: string;
    readonly fromSelection: string;
    readonly fromSelectionNone: string;
    readonly fromSelectionDone: string;
    readonly removeItem: string;
    readonly pickedCount: string;
    readonly removeCondition: string;
    readonly conditions: string;
    readonly allUnits: string;
    readonly addCondition: string;
    readonly field: string;
    readonly comparison: string;
    readonly value: string;
    readonly valueListHint: string;
    /** Under the value of a rule ordering a number field (age…) by a text. */
    readonly numberNeeded: string;
    readonly limit: string;
    readonly limitPer: string;
    readonly matches: string;
    readonly showMatches: string;
    readonly valueSuggestions: string;
    readonly moreListed: string;
    readonly unitFields: Readonly<Record<string, string>>;
    readonly personFields: Readonly<Record<string, string>>;
    readonly ops: Readonly<Record<'eq' | 'ne' | 'in' | 'notIn' | 'contains' | 'startsWith' | 'gt' | 'gte' | 'lt' | 'lte', string>>;
  };
  readonly run: {
    readonly intro: string;
    readonly choose: string;
    readonly start: string;
    readonly stage: Readonly<Record<'simulating' | 'writing', string>>;
    readonly cancelled: string;
    readonly noInput: string;
    readonly noScenario: string;
    readonly written: string;
    readonly results: string;
    readonly sheetLanguage: string;
    readonly openSheet: string;
    readonly kpiEnd: string;
    /** The change against the scenario's own baseline. */
    readonly kpiDelta: string;
    readonly kpiWorst: string;
    readonly changedPosts: string;
    readonly issues: string;
    readonly clash: string;
    readonly readOnly: string;
    readonly notRecorded: Readonly<Record<'damaged' | 'newer' | 'foreign', string>>;
    /** Cells whose text a workbook could not hold: `{count}`, and the first few as `{cells}`. */
    readonly fixed: string;
    readonly timeline: { readonly label: string; readonly hint: string; readonly auto: string; readonly locality: string; readonly parent: string };
  };
  readonly compare: {
    readonly intro: string;
    readonly simulatesFirst: string;
    readonly compute: string;
    readonly write: string;
    readonly written: string;
    readonly metric: string;
    readonly baseline: string;
    readonly show: string;
    readonly showAll: string;
    readonly atEnd: string;
    readonly atEndEach: string;
    readonly results: string;
    readonly total: string;
    readonly pickOne: string;
    /** Following people across the scenarios: where each is, month by month. */
    readonly follow: {
      readonly legend: string;
      readonly hint: string;
      readonly from: string;
      readonly heading: string;
    };
  };
  /** Why a change to the workbook was refused or cut short, and what the planner can do. */
  readonly errors: {
    readonly structureProtected: string;
    readonly sheetProtected: string;
    readonly storeSheet: string;
    readonly storeDamaged: string;
    readonly storeNewer: string;
    readonly interrupted: string;
    readonly recoveryFailed: string;
  };
  /** What was found and done, when the pane started, about a write cut short earlier. */
  readonly recovery: {
    readonly restored: string;
    readonly restoredStore: string;
    readonly completed: string;
    readonly completedStore: string;
  };
}

export const paneEn: PaneText = {
  problems: PROBLEM_TEXTS_EN,
  title: 'Staffing planner',
  language: 'Language',
  steps: { data: 'Data', scenarios: 'Scenarios', run: 'Run', compare: 'Compare' },
  common: {
    loading: 'Reading the workbook…',
    definitionOf: 'What {term} means',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    remove: 'Remove',
    add: 'Add',
    edit: 'Edit',
    yes: 'Yes',
    no: 'No',
    none: '(none)',
    month: 'Effective month',
    monthHint: 'Month and year, e.g. 01/2027',
    monthInvalid: 'Write the month as MM/YYYY, e.g. 01/2027',
    wholeNumberInvalid: 'Write a whole number from {min} to {max}.',
    numberInvalid: 'Write a number from {min} to {max} (a decimal with a point or a comma).',
    note: 'Note',
    failed: 'Something went wrong: {message}. The workbook was left as it was.',
    retry: 'Try again',
  },
  data: {
    intro: 'The tables of units and people found in this workbook. Check which table is which and which column holds what, then save the mapping so that the workbook remembers it.',
    tables: 'Tables',
    reload: 'Read the tables again',
    unitTable: 'Unit table',
    peopleTable: 'People table',
    noTable: 'No table chosen',
    tableOption: '{name} — {place} ({rows} rows)',
    columns: 'Columns',
    notMapped: '(not mapped)',
    columnOption: '{letter}: {header}',
    saveMapping: 'Save this mapping',
    mappingSaved: 'Mapping saved in the workbook.',
    summary: 'Summary',
    units: 'Units',
    people: 'People',
    quota: 'Total quota',
    byLevel: 'By level',
    total: 'Total',
    problems: 'Problems',
    noProblems: 'No problems found.',
    errors: 'Errors: {n}',
    warnings: 'warnings: {n}',
    blocking: 'Errors must be fixed in the tables before a run; warnings do not stop it.',
    goTo: 'Select {place} in the sheet',
    problemKinds: {
      noUnitTable: 'No unit table',
      noPeopleTable: 'No people table',
      missingColumn: 'Columns missing',
      emptyTable: 'Empty tables',
      noBirthDateColumn: 'No birth date column',
      generatedPersonIds: 'People without IDs',
      otherUnitTable: 'Other unit tables',
      otherPeopleTable: 'Other people tables',
      tableTooLarge: 'Tables too large',
      errorValue: 'Cells with an Excel error',
      emptyRequiredCell: 'Required cells empty',
      notANumber: 'Not a number',
      negativeNumber: 'Negative numbers',
      notWholeNumber: 'Not whole numbers',
      numberTooLarge: 'Numbers too large',
      unreadableDate: 'Unreadable dates',
      textTooLong: 'Texts too long',
      unknownGender: 'Unknown genders',
      missingGender: 'Gender missing',
      conflictingGender: 'Conflicting genders',
      bothSplitDates: 'Date written twice',
      unknownRole: 'Titles with unknown role',
      missingBirthDate: 'Birth date missing',
      birthDateInFuture: 'Birth dates in the future',
      pastRetirementAge: 'Already past retirement age',
      laterRetirementBeyondLimit: 'Later retirement past the age allowed',
      implausibleAge: 'Implausible ages',
      duplicateUnitId: 'Unit IDs repeated',
      duplicatePersonId: 'Person IDs repeated',
      unknownUnit: 'Units not found',
      ambiguousUnitName: 'Unit names that match several units',
      unknownParent: 'Parent units not found',
      parentCycle: 'Parent units in a loop',
      twoHeads: 'Units with two heads',
      rowsAfterTotals: 'Rows skipped under a totals row',
      rowsBelowTable: 'Rows outside the Excel table',
      staleMapping: 'Saved column mapping no longer fits',
    },
    groupCount: '{kind}: {n}',
    groupMore: '… and {n} more of this kind.',
    storeCell: 'Cell {place}, in the hidden sheet where the planner keeps the scenarios, was changed or written in by hand (“{text}”). Undo that change or clear the cell, save, then click “Read the tables again”.',
    storeProblem: 'The scenarios saved in this workbook cannot be read (details below). They are kept in the workbook as they are: nothing is saved over them unless you choose to replace them.',
    newerStore: 'This workbook was saved by a newer version of the planner.',
    readOnly: 'This workbook was saved by a newer version of the planner: its scenarios are shown read-only. Use the newer version to change or run them.',
    foreignStore: 'This workbook has a sheet of yours named {sheet}. The planner saves its scenarios in a sheet of that name, so it cannot save any while yours is there. Rename your sheet (right-click its tab, then Rename; if you cannot see it, right-click any tab, then Unhide), then click “Read the tables again”.',
    replaceStore: 'Replace the damaged scenarios',
    confirmReplaceTitle: 'Replace the damaged scenarios?',
    confirmReplace: 'The scenarios saved in this workbook cannot be read. Replacing them starts an empty list: everything they held (the scenarios, their runs, the column mapping) is lost for good and cannot be brought back. The result sheets already in the workbook stay. If you have a file of these scenarios, you can import it afterwards.',
    storeReplaced: 'The damaged scenarios were replaced by an empty list.',
  },
  scenarios: {
    intro: 'Scenarios are saved in the workbook and travel with it.',
    none: 'No scenario yet. Create one, or import a scenario file.',
    create: 'New scenario',
    duplicate: 'Duplicate',
    delete: 'Delete',
    confirmDelete: 'Delete scenario {code}? Its sheets stay in the workbook.',
    confirmDeleteSheets: 'Delete scenario {code}?',
    deleteSheets: 'Delete its {n} sheets too ({sheets})',
    export: 'Export to a file',
    copy: 'Copy to send',
    copied: 'The scenarios are on the clipboard: paste them into a text file ending in .json to keep them or send them to a colleague, who opens it with Import.',
    copyFailed: 'The clipboard could not be written here; use “Export to a file”.',
    import: 'Import from a file',
    imported: 'Scenarios imported: {n}.',
    importProblems: 'The file could not be imported:',
    renamedOnImport: '{from} was already used and was imported as {to}.',
    skippedOnImport: 'Left out, already in this workbook: {n}.',
    noStoreInWorkbook: 'The workbook {file} holds no saved scenarios: nothing to import.',
    operations: 'Operations: {n}',
    state: { notRun: 'Not run', current: 'Up to date', outOfDate: 'Out of date: the tables changed since the run', edited: 'Edited since the run' },
    exportName: 'scenarios.json',
    exportSheet: 'Write to a sheet',
    exportSheetName: 'Scenarios (to import)',
    exportSheetNote: 'The scenarios, one line per row from row 3: copy column A into a text file ending in .json to import it elsewhere (Scenarios → Import).',
    exportSheetDone: 'Written to the sheet “{sheet}”.',
    view: 'View',
    copyOf: 'Copy of {name}',
  },
  suggest: {
    open: 'Propose a plan (solver)',
    heading: 'Proposed plan',
    results: 'The proposal',
    intro: 'The solver proposes a plan for the goal chosen below (moves from units over their quota to units short of it, secondments where people are short, or deputies within their caps), under the rules below. The plan is a scenario you review, edit and run.',
    units: 'Units considered',
    mode: 'Plan',
    modes: {
      move: 'Moves (điều động), from units over quota', secondment: 'Secondments (biệt phái), from the units named',
      deputies: 'Deputies within their caps: early retirement, moves as deputies',
    },
    then: 'Then, on the result',
    thenHint: 'A second goal, solved after the first with its plan applied.',
    by: 'Caps kept by',
    exitYears: 'Early retirement at most this many years from retirement',
    keepQuota: 'A deputy moves only into a unit with free quota',
    exit: 'early retirement',
    coordinates: 'Nearer first, by the coordinates in',
    coordinatesHint: 'A unit column of "lat, lon" (e.g. Tọa độ): nearer units are preferred.',
    maxKm: 'At most (km, straight line)',
    months: 'Secondment length (months)',
    senders: 'Units that send',
    receivers: 'Units that receive (those short of people)',
    people: 'Who may go (conditions on people)',
    sameLevel: 'Within the same level',
    excluded: 'Units left out (neither sending nor receiving)',
    within: 'Never across',
    withinHint: 'E.g. Huyện cũ: moves stay within the former district.',
    prefer: 'Preferably not across',
    preferHint: 'Crossing it is allowed when nothing else serves.',
    specialty: 'Send where no one has the same',
    specialtyHint: 'E.g. Vị trí việc làm: a specialist goes where the specialty is missing.',
    maxFromUnit: 'At most this many from one unit',
    minMonthsLeft: 'No one within this many months of retirement',
    month: 'Moves take effect in',
    timeLimit: 'Time limit (seconds)',
    run: 'Propose',
    running: 'Solving… {seconds} s',
    gap: 'within {gap} % of the best possible',
    moves: 'Proposals for {n} people',
    all: 'Tick all',
    none: 'Untick all',
    unbalanced: '{n} units still out of balance',
    resolve: 'Solve again, keeping the unticked people where they are',
    save: 'Save the ticked moves as scenario {code}',
    saved: 'Saved: open it in Scenarios to edit it, or run it.',
    back: 'Back to the scenarios',
    failed: 'The solver stopped: {message}',
    nothing: 'No unit considered is over its quota with someone who may move: nothing to propose.',
  },
  editor: {
    heading: 'Scenario',
    code: 'Code',
    codeHint: 'Up to 12 letters, digits, - or _. It starts the names of the scenario\'s sheets.',
    name: 'Name',
    description: 'Description',
    settings: 'Settings',
    startMonth: 'First month',
    startMonthHint: 'Empty: the current month.',
    horizon: 'Horizon (months)',
    hiring: 'Hiring',
    policies: { freeze: 'Freeze: vacancies stay empty', fill: 'Fill each vacancy after a lag' },
    lag: 'Lag before filling (months)',
    retirement: 'Project retirements by the statutory table',
    maxTitles: 'Maximum titles per person',
    deputyCaps: 'Most deputies per unit, by level',
    deputyCapOther: 'Other levels',
    graceMonths: 'Months allowed after a merger to bring deputies down to the cap',
    restructuringMonth: 'Restructuring decision in force from',
    parentDeputyCap: 'A sub-unit may not have more deputies than its parent',
    pooledCaps: 'Average deputy caps over several units',
    pooledCapName: 'Name',
    pooledCapUnits: 'Units pooled',
    pooledCapGroupBy: 'One pool per',
    pooledCapGroupAll: '(all together)',
    pooledCapAverage: 'Deputies per unit on average',
    addPooledCap: 'Add an average cap',
    removePooledCap: 'Remove the cap {name}',
    defaultPooledCaps: 'Back to the caps of the law',
    unverified: 'Default not confirmed by a legal text: check it for your province.',
    operations: 'Operations',
    noOperations: 'No operation yet: add one below.',
    addOperation: 'Add an operation',
    moveUp: 'Move up',
    moveDown: 'Move down',
    fieldInvalid: 'A field shows an error (red border): correct it before saving.',
    invalid: 'The scenario cannot be saved yet:',
    codeTaken: 'Another scenario already has the code {code}.',
    emptyRule: 'the rule for “{place}” has no condition, so it would select every one. Add at least one condition, or pick them one by one.',
    confirmLarge: 'Check before saving: {list}. Is that what you mean?',
    largeUnits: 'operation {n} selects {count} units',
    largePeople: 'operation {n} selects {count} people',
    confirmSave: 'Yes, save',
    backToEdit: 'No, go back',
    saved: 'Scenario saved in the workbook.',
  },
  operation: {
    types: {
      concurrentTitles: 'Concurrent titles (nhất thể hóa)',
      merge: 'Merge units (hợp nhất)',
      rotation: 'Rotation (luân chuyển)',
      secondment: 'Secondment (biệt phái)',
      quotaChange: 'Quota change (tinh giản)',
      move: 'Move people',
      abolish: 'Abolish units',
      exit: 'Exit under a policy',
    },
    hints: {
      concurrentTitles: 'The holder of one post also takes another; in rule form, paired by locality.',
      merge: 'Units become one; in rule form, one merger per group.',
      rotation: 'People take a post elsewhere for a term, then return.',
      secondment: 'People work elsewhere for a term but stay on their unit\'s roster and quota.',
      quotaChange: 'Set or cut the quota of units from a month.',
      move: 'People move to another unit and title for good.',
      abolish: 'Units close; their people move or are left without post.',
      exit: 'People leave from the month under a policy (early retirement, resignation…); their posts and quota are freed.',
    },
    editHeading: 'Operation',
    apply: 'Apply',
    holder: 'Post of the person who takes on the other',
    target: 'Post taken on as well',
    copyUnits: 'The same units as in “{from}”',
    title: 'Title',
    role: 'Role',
    roles: { any: 'Any', head: 'Head', deputy: 'Deputy', staff: 'Staff' },
    pairBy: 'Pair units by',
    formerHolder: 'Former holder of the post taken',
    formerHolders: { vacancy: 'Moves to a vacancy of the same level', deputy: 'Becomes a deputy of that unit', surplus: 'Left without post (surplus)' },
    policy: 'Policy',
    policyHint: 'NĐ 178/2024: early retirement with at most 10 years to the statutory age; resignation with at least 2. Checked for each person at the month.',
    policies: {
      earlyRetirement: 'Early retirement',
      resignation: 'Resignation',
      other: 'Another policy (not checked)',
    },
    cutQuota: 'The unit\'s quota drops by one (the post saved)',
    units: 'Units',
    people: 'People',
    groupBy: 'Merge the units that share',
    groupByHint: 'Rule form: the selected units sharing this field become one.',
    intoId: 'Merged unit id',
    intoName: 'Merged unit name',
    intoKind: 'Merged unit kind',
    intoHint: 'Empty: the first unit absorbs the others. A name may use the first unit\'s code or name and the group\'s value: write {first}, {firstName}, {group}.',
    quota: 'Quota of the merged unit',
    quotaModes: { sum: 'The sum', sumMinus: 'The sum minus N', sumMinusPercent: 'The sum minus a percentage', fixed: 'A number' },
    value: 'Value',
    head: 'Head of the merged unit',
    headHint: 'Empty: the head of the first unit.',
    deputyCap: 'Most deputies (empty: the first unit\'s cap)',
    to: 'Destination',
    within: 'Destination in the same',
    withinHint: 'Rule form: the destination shares this field with the person\'s unit.',
    perUnit: 'At most this many to one unit',
    perUnitHint: '1: one each. Empty: no limit.',
    lacking: 'Only where no one has the same',
    lackingHint: 'A specialist goes where the specialty is missing.',
    assignInOrder: 'Each person to their own unit, in the order picked',
    assignInOrderHint: 'Otherwise each goes to the unit picked with the most free quota.',
    untilBalanced: 'Only from units over quota into units short of it',
    untilBalancedHint: 'Moves stop when the unit is within its quota; the units still over or short are listed.',
    newTitle: 'Title taken',
    newTitleHint: 'Empty: the person keeps their title.',
    duration: 'Duration (months)',
    durationInvalid: 'Write a whole number of months, from {min} to {max}.',
    quotaAt: 'Counted on the quota of',
    quotaAtOptions: { destination: 'The destination', origin: 'The origin' },
    onReturn: 'At the end of the term',
    onReturnOptions: { origin: 'Back to the origin unit and title', sameLevelVacancy: 'Back to the origin, else any vacancy of the same level', stay: 'Stays at the destination' },
    change: 'Change',
    changeModes: { set: 'Set to', cut: 'Cut by', cutPercent: 'Cut by a percentage' },
    abolishPeople: 'Their people',
    abolishOptions: { withoutPost: 'Left without post', to: 'Move to another unit' },
  },
  selector: {
    chosen: 'Chosen one by one',
    rule: 'By a rule',
    search: 'Search',
    searchUnits: 'Type a unit\'s name or id',
    searchPeople: 'Type a name or id',
    noMatch: 'Nothing matches.',
    moreMatches: 'Keep typing to narrow {n} matches.',
    fromSelection: 'Use the rows selected in Excel',
    fromSelectionNone: 'The selection holds no {kind} of the tables.',
    fromSelectionDone: '{n} added from the selection.',
    removeItem: 'Remove {name}',
    pickedCount: '{n} picked',
    removeCondition: 'Remove condition {n}',
    conditions: 'Conditions (all must hold)',
    allUnits: 'No condition: every unit.',
    addCondition: 'Add a condition',
    field: 'Column',
    comparison: 'Comparison',
    value: 'Value',
    valueListHint: 'Several values: separate them with ;',
    numberNeeded: 'This field is a number: write a number, e.g. 50.',
    limit: 'At most (people)',
    limitPer: 'for each',
    matches: 'Matching now: {n}.',
    showMatches: 'Show them',
    valueSuggestions: 'Values in the tables',
    moreListed: '… and {n} more.',
    unitFields: {
      level: 'Level', kind: 'Unit kind', locality: 'Locality', name: 'Name', id: 'Id', parent: 'Parent unit', quota: 'Quota',
      surplus: 'People over quota (then)', vacancies: 'Free quota (then)', deputies: 'Deputies (then)',
    },
    personFields: {
      title: 'Title', role: 'Role', gender: 'Gender', age: 'Age', yearsToRetirement: 'Years of service left', name: 'Name', id: 'Id',
      'unit.level': 'Unit\'s level', 'unit.kind': 'Unit kind', 'unit.locality': 'Unit\'s locality', 'unit.id': 'Unit id',
      'unit.surplus': 'Unit\'s people over quota', 'unit.vacancies': 'Unit\'s free quota', 'unit.deputies': 'Unit\'s deputies',
    },
    ops: {
      eq: 'is', ne: 'is not', in: 'is one of', notIn: 'is none of', contains: 'contains', startsWith: 'starts with',
      gt: 'above', gte: 'at least', lt: 'below', lte: 'at most',
    },
  },
  run: {
    intro: 'Simulates the chosen scenarios month by month and writes their sheets into the workbook. Re-running replaces a scenario\'s own sheets and nothing else.',
    choose: 'Scenarios to run',
    start: 'Run and write the sheets',
    stage: { simulating: 'Simulating {label}…', writing: 'Writing {label}…' },
    cancelled: 'Run cancelled. Nothing was written.',
    noInput: 'The tables have errors: fix them (see Data) before running.',
    noScenario: 'No scenario to run: create one first.',
    written: 'Sheets written',
    results: 'Results',
    sheetLanguage: 'Language of the sheets written',
    openSheet: 'Go to {sheet}',
    kpiEnd: 'at the end',
    kpiDelta: '{delta} against the baseline',
    kpiWorst: 'worst {value} in {month}',
    changedPosts: 'People whose post changes',
    issues: 'Errors: {errors}; warnings: {warnings} (see the issues sheet)',
    clash: 'The workbook has a sheet named {sheet} that the planner did not write. Rename it, or change the scenario\'s code.',
    readOnly: 'This workbook was saved by a newer version of the planner: its scenarios can be viewed here, not run.',
    timeline: {
      label: 'Timeline by locality',
      hint: 'Listing every locality month by month makes a very long sheet: by itself, the planner lists every locality only when they are few.',
      auto: 'Every locality, or by parent locality when that would be too long',
      locality: 'Every locality',
      parent: 'By parent locality (each locality counted in the one above it)',
    },
    fixed: '{count} cell(s) held characters a workbook cannot store (control characters, shown as �) or more than 32,767 characters (cut, ending with …). They were corrected in the sheets written: {cells}. Check the names and notes they come from in your tables.',
    notRecorded: {
      damaged: 'The sheets were written, but the run was not recorded: the scenarios saved in this workbook cannot be read, and are kept as they are (see Data).',
      newer: 'The sheets were written, but the run was not recorded: the scenarios in this workbook were saved by a newer version of the planner, and are kept as they are.',
      foreign: 'The sheets were written, but the run was not recorded: a sheet of yours has the name under which the planner saves its scenarios (see Data).',
    },
  },
  compare: {
    simulatesFirst: 'Scenarios not run on these tables (or changed since) are simulated first: it takes a moment longer.',
    intro: 'Puts the baseline and the chosen scenarios side by side. Each change is against the scenario\'s own baseline (same settings, no operations).',
    compute: 'Compare',
    write: 'Write the comparison sheet',
    written: 'Comparison sheet written: {sheet}.',
    metric: 'Figure',
    baseline: 'Baseline',
    show: 'Show',
    showAll: 'Every scenario, side by side',
    atEnd: 'At the end ({month})',
    atEndEach: 'At the end of each column',
    results: 'Comparison',
    total: 'total',
    pickOne: 'Pick at least one scenario.',
    follow: {
      legend: 'Follow people',
      hint: 'Where each person is, month by month, in every scenario. Compare shows it here; the sheet "People followed" is written with the comparison.',
      from: 'From {month}',
      heading: '{name} ({id})',
    },
  },
  errors: {
    structureProtected: 'The workbook\'s structure is protected, so no sheet can be added or replaced. In Excel, on the Review tab, click Protect Workbook to turn the protection off (its password may be asked), then try again. Nothing was changed.',
    sheetProtected: 'The sheet {sheet} is protected, so it cannot be replaced. In Excel, open the sheet {sheet}, then on the Review tab click Unprotect Sheet (its password may be asked), then try again. Nothing was changed.',
    storeSheet: 'This workbook has a sheet of yours named {sheet}, the name under which the planner saves its scenarios. Nothing was saved. Rename your sheet, then try again.',
    storeDamaged: 'The scenarios saved in this workbook can no longer be read, so nothing was saved over them. See Data to replace them, if you choose to.',
    storeNewer: 'The scenarios in this workbook were saved by a newer version of the planner, so nothing was saved over them.',
    interrupted: 'A change to the workbook was cut off (the connection to Excel may have been lost) and could not be undone yet. When Excel responds again, click “Read the tables again” in Data: the workbook is put back in order first.',
    recoveryFailed: 'A change to the workbook was cut off earlier, and the workbook could not be put back in order yet: {message}. Try again when Excel responds.',
  },
  recovery: {
    restored: 'An earlier change to this workbook was cut off before it finished (the connection to Excel was lost). The workbook was put back exactly as it was before it: the sheets {sheets} were not written. Run again if you need them.',
    restoredStore: 'An earlier save of the scenarios was cut off before it finished (the connection to Excel was lost). The workbook was put back as it was before it: the scenarios are as they were before that save.',
    completed: 'An earlier change to this workbook was cut off just before its end (the connection to Excel was lost). It was far enough along to be finished, and was: the sheets {sheets} are in place.',
    completedStore: 'An earlier save of the scenarios was cut off just before its end (the connection to Excel was lost). It was finished: the scenarios are saved.',
  },
};
