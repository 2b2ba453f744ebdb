import type { RuleKey } from '../../domain/rules';
import type { IssueCode, Severity } from '../../domain/issues';
import type { ChangeKind, Metric } from '../../domain/result';
import type { OperationType } from '../../domain/scenario';

/**
 * Texts of the result sheets. English is the reference: every language supplies this shape.
 * `{name}` placeholders are filled by the layouts; issue messages list their parameters in
 * src/sheets/issues.ts (ISSUE_PARAMS).
 */
/** The figures a KPI gives of a metric. */
export type Measure = 'before' | 'start' | 'end' | 'worst' | 'total';

export interface ReportText {
  readonly sheetKinds: Readonly<Record<'summary' | 'people' | 'timeline' | 'issues' | 'annex' | 'annexUnits' | 'comparison' | 'whereabouts', string>>;
  readonly metrics: Readonly<Record<Metric, string>>;
  /** One line per metric, shown where its figures are (the summary and the comparison). */
  readonly metricDefinitions: Readonly<Record<Metric, string>>;
  /** The scenario without operations, by one name everywhere (sheets, pane, command line). */
  readonly baseline: { readonly name: string; readonly definition: string };
  readonly changeKinds: Readonly<Record<ChangeKind, string>>;
  readonly operationTypes: Readonly<Record<OperationType, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly issueCodes: Readonly<Record<IssueCode, string>>;
  readonly issueMessages: Readonly<Record<IssueCode, string>>;
  /** What a returning person finds missing ('quota', 'post', joined by '+' in the result), and the joining word. */
  readonly returnMissing: { readonly quota: string; readonly post: string; readonly unit: string; readonly and: string };
  /** Words for a change's detail (PersonChange.detail). */
  readonly changeDetails: { readonly months: string; readonly stay: string; readonly returnConflict: string; readonly abolished: string; readonly ownMonth: string;
    /** The policy of an exit, as the people sheet and the annex name it. */
    readonly earlyRetirement: string; readonly resignation: string; readonly other: string;
  };
  readonly measures: Readonly<Record<Measure, string>>;
  /** One line per measure; `{month}` is the month it is taken in, where there is one. */
  readonly measureDefinitions: Readonly<Record<Measure, string>>;
  /** Heading of the definitions under the key figures; the lines for the change and the people count. */
  readonly definitions: {
    readonly heading: string;
    readonly change: string;
    readonly peopleWithChangedPost: string;
    readonly worstMonth: string;
    readonly clearedFrom: string;
    readonly status: string;
  };
  readonly yes: string;
  readonly no: string;
  readonly total: string;
  readonly noLocality: string;
  readonly summary: {
    readonly title: string;
    readonly scenario: string;
    readonly description: string;
    readonly operations: string;
    readonly noOperations: string;
    readonly settings: string;
    readonly run: string;
    readonly runDate: string;
    readonly input: string;
    readonly fingerprint: string;
    readonly baseline: string;
    readonly peopleWithChangedPost: string;
    /** Exits under a policy, counted by policy: `{policy}: {count}` joined. */
    readonly exitsByPolicy: string;
    readonly exitCount: string;
    readonly kpiHeading: string;
    /** Pooled deputy caps (settings.pooledCaps): one line per pool, or per set of pools grouped by a field. */
    readonly poolsHeading: string;
    readonly pool: string;
    readonly poolGroups: string;
    readonly poolStillAbove: string;
    readonly poolWithinFrom: string;
    readonly poolNever: string;
    readonly poolAlways: string;
    readonly unitHeading: string;
    /** Under the unit table: how many units end as in the baseline and are not listed. */
    readonly unitsNotListed: string;
    readonly noUnitChanged: string;
    readonly unitsTotal: string;
  };
  readonly settings: {
    readonly startMonth: string;
    readonly horizonMonths: string;
    readonly hiring: string;
    readonly hiringFreeze: string;
    readonly hiringFill: string;
    readonly retirement: string;
    readonly maxTitles: string;
    readonly deputyCaps: string;
    readonly deputyCapOther: string;
    readonly mergeGrace: string;
    readonly restructuringMonth: string;
    readonly pooledCaps: string;
    readonly parentDeputyCap: string;
    readonly rotationMin: string;
    readonly rotationMinYearsLeft: string;
    readonly secondmentMax: string;
    readonly earlyRetirementMax: string;
    readonly resignationMin: string;
  };
  readonly kpi: {
    readonly metric: string;
    readonly before: string;
    readonly start: string;
    readonly end: string;
    readonly worst: string;
    readonly worstMonth: string;
    readonly total: string;
    readonly clearedFrom: string;
    readonly baseline: string;
    readonly change: string;
  };
  readonly units: {
    readonly id: string;
    readonly name: string;
    readonly level: string;
    readonly locality: string;
    readonly scenario: string;
    readonly change: string;
    readonly status: string;
    readonly statusNew: string;
    readonly statusMerged: string;
    readonly statusClosed: string;
  };
  readonly people: {
    readonly title: string;
    readonly note: string;
    readonly month: string;
    readonly personId: string;
    readonly name: string;
    readonly change: string;
    readonly fromUnitId: string;
    readonly fromUnit: string;
    readonly fromTitle: string;
    readonly toUnitId: string;
    readonly toUnit: string;
    readonly toTitle: string;
    readonly operation: string;
    readonly operationType: string;
    readonly detail: string;
  };
  /** The decision annex: the people and units lists a decision attaches. */
  readonly annex: {
    /** `{number}`: I for the people, II for the units. */
    readonly title: string;
    /** Under the title: `{month}` is the horizon's last month. */
    readonly intro: string;
    /** By what the list holds: posts changed, exits under a policy, or both. */
    readonly peopleTitle: Readonly<Record<'moves' | 'exits' | 'both', string>>;
    readonly unitsTitle: string;
    readonly number: string;
    readonly name: string;
    readonly birthYear: string;
    readonly current: string;
    readonly destination: string;
    readonly when: string;
    readonly note: string;
    readonly unit: string;
    readonly quotaBefore: string;
    readonly quotaAfter: string;
    readonly quotaChange: string;
    readonly from: string;
    readonly fromFor: string;
    /** A title taken besides the one kept ({post}). */
    readonly concurrently: string;
    /** A post ({post}) and the titles the tables say are held besides it ({titles}). */
    readonly alsoHolds: string;
    /** The note of a person rotated out, as a decision names it. */
    readonly rotation: string;
    readonly noUnitChanged: string;
  };
  /** Page footers: the run date, and "page x of y" ({page}, {pages}). */
  readonly print: { readonly runDate: string; readonly page: string };
  readonly timeline: {
    readonly title: string;
    readonly note: string;
    readonly byLevel: string;
    readonly byLocality: string;
    readonly byParentLocality: string;
    readonly month: string;
    readonly level: string;
    readonly locality: string;
    readonly parentLocality: string;
  };
  readonly issues: {
    readonly title: string;
    readonly note: string;
    readonly severity: string;
    readonly code: string;
    readonly month: string;
    readonly operation: string;
    readonly personId: string;
    readonly personName: string;
    readonly unitId: string;
    readonly unitName: string;
    readonly message: string;
    readonly rule: string;
  };
  /** A rule's legal basis, cited beside the setting and on each issue that checks it. */
  readonly rules: {
    readonly cite: string;
    readonly citeFrom: string;
    readonly status: { readonly secondary: string; readonly unconfirmed: string };
    /** The legal texts of each rule, as the sheet's language cites them. */
    readonly basis: Readonly<Record<RuleKey, string>>;
  };
  readonly comparison: {
    readonly title: string;
    readonly note: string;
    readonly metric: string;
    readonly measure: string;
    readonly baselineWith: string;
    readonly change: string;
    readonly peopleWithChangedPost: string;
    /** A row per exit policy: `{policy}`. */
    readonly exitsByPolicy: string;
    readonly chartTitle: string;
    readonly chartHeading: string;
    readonly scenario: string;
  };
  /** Where the people followed are, month by month, in each scenario. */
  readonly whereabouts: {
    readonly title: string;
    readonly note: string;
    readonly personId: string;
    readonly name: string;
    readonly birthYear: string;
    readonly from: string;
    /** {post} held, and {others} added by unification. */
    readonly concurrent: string;
    /** Working at {place} until {month} (its last month), on {unit}'s roster. */
    readonly seconded: string;
    /** Rotated to {place} until {month}, its last month. */
    readonly rotated: string;
    readonly retired: string;
    readonly withoutPost: string;
  };
}

export const reportEn: ReportText = {
  sheetKinds: {
    summary: 'Summary',
    people: 'People',
    timeline: 'Timeline',
    issues: 'Issues',
    annex: 'Annex I',
    annexUnits: 'Annex II',
    comparison: 'Comparison',
    whereabouts: 'People followed',
  },
  metrics: {
    quota: 'Quota',
    roster: 'Roster',
    present: 'Present',
    vacancies: 'Vacancies',
    surplus: 'Surplus',
    shortage: 'Shortage',
    heads: 'Heads',
    deputies: 'Deputies',
    deputyCap: 'Deputy cap',
    excessDeputies: 'Excess deputies',
    headsMissing: 'Units without a head',
    headsExcess: 'Units with more than one head',
    multiTitle: 'People with 2+ titles',
    powerConcentration: 'Power concentration',
    rotationsOut: 'Rotations out',
    rotationsIn: 'Rotations in',
    secondedOut: 'Seconded out',
    secondedIn: 'Seconded in',
    returns: 'Returns',
    returnConflicts: 'Return conflicts',
    withoutPost: 'Without post',
    retirements: 'Retirements',
    exits: 'Exits under a policy',
    hires: 'Hires',
  },
  metricDefinitions: {
    quota: 'Posts allotted to the units (biên chế)',
    roster: 'People counted on the units\' quotas, those seconded out included',
    present: 'People actually working in the units (secondees counted where they work)',
    vacancies: 'Quota not filled: quota minus roster, unit by unit, when positive',
    surplus: 'People beyond the quota: roster minus quota, unit by unit, when positive',
    shortage: 'What units really lack: quota minus present, unit by unit, when positive',
    heads: 'People holding a head\'s post (each unit needs exactly one)',
    deputies: 'People holding a deputy\'s post',
    deputyCap: 'Most deputies the rules allow, summed over the units',
    excessDeputies: 'Deputies beyond each unit\'s own cap, summed (not the averages set over many units)',
    headsMissing: 'Units (existing) with no head',
    headsExcess: 'Units with two heads or more (a head moved in beside the one there)',
    multiTitle: 'People holding two titles or more (concurrently)',
    powerConcentration: 'Localities where one person heads both the party committee and the people\'s committee',
    rotationsOut: 'Rotations out, counted in the month they start',
    rotationsIn: 'Rotations in, counted in the month they start',
    secondedOut: 'People away on secondment (still on their own unit\'s roster)',
    secondedIn: 'People seconded in and working there',
    returns: 'People back from a rotation (the seconded stay on their own unit\'s roster)',
    returnConflicts: 'Returns that find no post, no quota or no unit left',
    withoutPost: 'People without a post, counted as surplus in their last unit',
    retirements: 'People retiring (at the statutory age, or at the month the people table gives), counted in their last month',
    exits: 'People the scenario sends away under a policy (early retirement, resignation…), counted in the month they leave',
    hires: 'People hired into vacancies (when hiring fills them)',
  },
  baseline: { name: 'Baseline', definition: 'The same settings without any operation (only retirements and, when chosen, hiring)' },
  changeKinds: {
    concurrentTitle: 'Takes a concurrent title',
    replacedByConcurrent: 'Post taken by a concurrent holder',
    mergedUnit: 'Moved to the merged unit',
    headToDeputy: 'Head becomes deputy',
    rotatedOut: 'Rotated out',
    returned: 'Returned from rotation',
    returnConflict: 'Return conflict',
    seconded: 'Seconded',
    secondmentEnded: 'Secondment ended',
    moved: 'Moved',
    placed: 'Placed in a post',
    withoutPost: 'Without post',
    retired: 'Retired',
    exited: 'Left under a policy',
    hired: 'Hired',
    appointed: 'Appointed head',
  },
  operationTypes: {
    concurrentTitles: 'Concurrent titles',
    merge: 'Merge units',
    rotation: 'Rotation',
    secondment: 'Secondment',
    quotaChange: 'Quota change',
    move: 'Move',
    abolish: 'Abolish units',
    exit: 'Exit under a policy',
  },
  severities: { error: 'Error', warning: 'Warning', info: 'Information' },
  issueCodes: {
    unknownUnit: 'Unknown unit',
    unknownPerson: 'Unknown person',
    noMatch: 'Rule matches nothing',
    personNotAvailable: 'Person not available',
    unitClosed: 'Unit no longer exists',
    unitMerged: 'Unit merged earlier',
    postNotFound: 'Post not found',
    noDestination: 'No destination',
    tooManyTitles: 'Too many titles',
    unknownField: 'Unknown field',
    secondmentTooLong: 'Secondment too long',
    rotationTooShort: 'Rotation too short',
    rotationFewYearsLeft: 'Few years of service left',
    returnConflict: 'Return conflict',
    withoutPost: 'Without post',
    destinationFull: 'Destination over quota',
    secondHead: 'Second head',
    deputyAboveCap: 'Deputy above the cap',
    mergedQuotaAboveTotal: 'Merged quota above the total before',
    excessDeputies: 'Excess deputies',
    excessDeputiesBeyondGrace: 'Excess deputies beyond the grace period',
    excessDeputiesNoProjection: 'Excess deputies not cleared',
    powerConcentration: 'Power concentration',
    unitWithoutHead: 'Unit without head',
    outsideHorizon: 'Outside the horizon',
    retiredBeforeStart: 'Retired before the start',
    leftBeforeStart: 'Left before the start',
    earlyRetirementNotEligible: 'Not eligible for early retirement',
    resignationNotEligible: 'Not eligible to resign under the policy',
    resignationWhileEarlyRetirementAge: 'Resigning within the early-retirement age',
    exitUnchecked: 'Eligibility not checked',
    pooledCapExceeded: 'Above the average deputy cap',
    pooledCapBeyondDeadline: 'Above the average deputy cap past the deadline',
    pooledCapNoProjection: 'Above the average deputy cap to the end',
    deputiesAboveParent: 'More deputies than the parent unit',
    deputiesAboveParentNoProjection: 'More deputies than the parent unit to the end',
    stillAboveQuota: 'Still over quota after the moves',
    stillBelowQuota: 'Still under quota after the moves',
  },
  issueMessages: {
    unknownUnit: 'Unit {id} is not in the unit table.',
    unknownPerson: 'Person {id} is not in the people table.',
    noMatch: 'The rule of this operation matches no unit or person.',
    personNotAvailable: '{person} is not in post at this date (retired, away, or without post).',
    unitClosed: '{unit} was abolished before this operation: it cannot be used any more.',
    unitMerged: '{merged} was merged into {unit} ({into}) before this operation, so the operation acts on {unit}, the whole merged unit: check that this is meant.',
    postNotFound: 'No post "{post}" in {unit}.',
    noDestination: 'No suitable destination unit for {person}.',
    tooManyTitles: '{person} would hold {titles} titles; the maximum is {max}.',
    unknownField: 'No column or field is called "{field}" in the unit or people table: check its spelling in the rule; the operation is not applied.',
    secondmentTooLong: 'A secondment of {months} months exceeds the maximum of {max} months.',
    rotationTooShort: 'A rotation of {months} months is shorter than the usual minimum of {min} months.',
    rotationFewYearsLeft: '{person} has {years} years of service left; rotation candidates should have at least {min}.',
    returnConflict: '{person} returns to {unit}, which has no free {missing}: without post until placed.',
    withoutPost: '{person} has no post and counts as surplus in {unit}.',
    destinationFull: '{unit} goes over its quota on receiving {person}.',
    secondHead: '{unit} has more than one head ({person}).',
    deputyAboveCap: '{person} takes a deputy post in {unit}, which already has {deputies} deputies for a cap of {cap}: no deputy post was free there.',
    mergedQuotaAboveTotal: '{unit} gets a quota of {quota} from the merger, more than the {total} of the units merged: after a restructuring, staff stay within the total before it (NĐ 178/2024 as amended by NĐ 67/2025). Check the operation\'s quota.',
    excessDeputies: '{unit} has {deputies} deputies for a cap of {cap}; back within the cap from {compliantFrom}, before the deadline {deadline}.',
    excessDeputiesBeyondGrace: '{unit} has {deputies} deputies for a cap of {cap}; back within the cap only from {compliantFrom}, after the deadline {deadline}.',
    excessDeputiesNoProjection: '{unit} has {deputies} deputies for a cap of {cap}; retirements do not bring it back within the cap during the horizon.',
    powerConcentration: 'In {locality}, {person} heads both the party committee and the people\'s committee: supervision needed.',
    unitWithoutHead: '{unit} has no head.',
    outsideHorizon: 'The operation is dated {month}, outside the simulated period {start} – {end}: it is not applied.',
    earlyRetirementNotEligible: '{person} has {years} years and {months} months to the statutory retirement age, more than the {limit} early retirement allows (NĐ 178/2024 art. 7): not counted as leaving. Remove this person from the operation, or choose another policy.',
    resignationWhileEarlyRetirementAge: '{person} has {years} years and {months} months to the statutory retirement age, within the {limit} years of early retirement: resignation under the policy (NĐ 178/2024 art. 9–10) is for those not eligible for early retirement. Counted as leaving; check their years of social insurance (the tables do not hold them) and consider early retirement.',
    resignationNotEligible: '{person} has only {years} years and {months} months to the statutory retirement age, fewer than the {limit} resignation under the policy requires (NĐ 178/2024 art. 9–10): not counted as leaving. Consider early retirement instead.',
    pooledCapExceeded: '{pool} ({group}): {deputies} deputies, above the {allowed} allowed ({average} per unit on average); back within from {compliantFrom}, before the deadline {deadline}.',
    pooledCapBeyondDeadline: '{pool} ({group}): {deputies} deputies, above the {allowed} allowed ({average} per unit on average); back within only from {compliantFrom}, after the deadline {deadline}.',
    pooledCapNoProjection: '{pool} ({group}): {deputies} deputies, above the {allowed} allowed ({average} per unit on average); still above at the end (deadline {deadline}).',
    deputiesAboveParent: '{unit} has {deputies} deputies, more than its parent {parent} ({parentDeputies}); no longer from {compliantFrom} (deadline {deadline}).',
    deputiesAboveParentNoProjection: '{unit} has {deputies} deputies, more than its parent {parent} ({parentDeputies}), still at the end (deadline {deadline}).',
    stillAboveQuota: 'After the moves, {unit} is still {by} over its quota: no suitable unit short of people was left to move them to.',
    stillBelowQuota: 'After the moves, {unit} is still {by} short of its quota.',
    exitUnchecked: '{person} has no birth date or gender, so the policy\'s condition could not be checked; counted as leaving. Add the birth date and gender in the people table.',
    leftBeforeStart: '{person} leaves from {leavesFrom} by the people table\'s own month of leaving, not later than the first simulated month {month}: counted as gone from the start, in no figure. If the month is wrong, correct it in the people table.',
    retiredBeforeStart: '{person} (born {born}) reached the statutory retirement age in {lastMonth}, before the first simulated month {month}: counted as retired from the start, in no figure. If the birth date is wrong, correct it in the people table; if the person has left, remove the row.',
  },
  returnMissing: { quota: 'quota slot', post: 'post of that role', unit: 'unit (abolished)', and: 'and' },
  changeDetails: { months: '{months} months', stay: 'Stays at the destination', returnConflict: 'After a return conflict', abolished: 'Unit abolished', ownMonth: 'The month of leaving the people table gives',
    earlyRetirement: 'Early retirement (NĐ 178/2024 art. 7)', resignation: 'Resignation (NĐ 178/2024 art. 9–10)', other: 'Another policy',
  },
  measures: { before: 'Before the reform', start: 'First month', end: 'End', worst: 'Worst', total: 'Horizon total' },
  measureDefinitions: {
    before: 'The input tables as read, before any operation',
    start: 'Month {month}, after its operations, retirements and hires',
    end: 'The last simulated month ({month})',
    worst: 'The worst month, in the direction that is bad for the figure',
    total: 'Events summed over every simulated month',
  },
  definitions: {
    heading: 'What the figures mean',
    change: 'The scenario minus the baseline run with the same settings',
    peopleWithChangedPost: 'People of the input an operation moves to another post or place of work, secondments included (retirements, exits and hires not counted)',
    worstMonth: 'The first month with the worst value; empty when the figure never changes or has no bad direction',
    clearedFrom: 'For a problem (shortage, surplus, excess deputies…): the month from which it is 0 and stays 0 to the end',
    status: 'A unit the scenario creates, or merges or abolishes from a month; empty for a unit still open as in the tables',
  },
  yes: 'Yes',
  no: 'No',
  total: 'Total',
  noLocality: '(no locality)',
  summary: {
    title: 'Scenario {code}: {name}',
    scenario: 'Scenario',
    description: 'Description',
    operations: 'Operations',
    noOperations: '(none: the same as the baseline)',
    settings: 'Settings',
    run: 'Run',
    exitsByPolicy: 'Exits by policy',
    exitCount: '{policy}: {count}',
    runDate: 'Run date',
    input: 'Input tables',
    fingerprint: 'Input fingerprint',
    baseline: 'Compared with',
    peopleWithChangedPost: 'People whose post changed',
    kpiHeading: 'Key figures: scenario against baseline',
    poolsHeading: 'Deputies against the average caps (deadline {deadline})',
    pool: '{name} ({units} units, {average} on average): before the reform {before} deputies for {allowedBefore} allowed; at the end {end} for {allowedEnd}; {status}',
    poolGroups: '{name} ({average} on average, by {field}): above the cap in {overBefore} of {groups} before the reform, {overEnd} at the end',
    poolStillAbove: 'still above at the end (deputies/allowed): {list}',
    poolWithinFrom: 'within from {month}',
    poolNever: 'still above at the end',
    poolAlways: 'within throughout',
    unitHeading: 'Units that end differently from the baseline ({month}): each figure in the scenario and its change from the baseline',
    unitsNotListed: '{count} other units end as in the baseline and are not listed.',
    noUnitChanged: 'Every unit ends as in the baseline.',
    unitsTotal: 'Total of these units',
  },
  settings: {
    startMonth: 'Start month',
    horizonMonths: 'Horizon (months)',
    hiring: 'Hiring',
    hiringFreeze: 'Freeze: vacancies stay empty',
    hiringFill: 'Fill vacancies after {lag} months',
    retirement: 'Retirement projected',
    maxTitles: 'Max titles per person',
    deputyCaps: 'Deputy caps',
    deputyCapOther: 'other levels',
    mergeGrace: 'Grace after merger (months)',
    restructuringMonth: 'Restructuring decision in force',
    pooledCaps: 'Average deputy caps',
    parentDeputyCap: 'Sub-units: no more deputies than the parent',
    rotationMin: 'Minimum rotation (months)',
    rotationMinYearsLeft: 'Rotation: fewest years of service left',
    secondmentMax: 'Maximum secondment (months)',
    earlyRetirementMax: 'Early retirement: most years left to retire',
    resignationMin: 'Resignation: fewest years to the statutory age',
  },
  kpi: {
    metric: 'Metric',
    before: 'Before the reform',
    start: 'First month',
    end: 'End',
    worst: 'Worst',
    worstMonth: 'Worst month',
    total: 'Total over the horizon',
    clearedFrom: 'Cleared from',
    baseline: 'Baseline (end or total)',
    change: 'Change vs baseline',
  },
  units: {
    id: 'Unit ID',
    name: 'Unit',
    level: 'Level',
    locality: 'Locality',
    scenario: '{metric} (scenario)',
    change: '{metric} (change)',
    status: 'Status',
    statusNew: 'New unit (created by the scenario)',
    statusMerged: 'Merged into {unit} from {month}',
    statusClosed: 'Abolished from {month}',
  },
  people: {
    title: 'Scenario {code}: {name} — people whose situation changes',
    note: 'One row per change, by month. The operation number refers to the list on the summary sheet.',
    month: 'Month',
    personId: 'Person ID',
    name: 'Full name',
    change: 'Change',
    fromUnitId: 'From unit ID',
    fromUnit: 'From unit',
    fromTitle: 'From title',
    toUnitId: 'To unit ID',
    toUnit: 'To unit',
    toTitle: 'To title',
    operation: 'Operation no.',
    operationType: 'Operation',
    detail: 'Detail',
  },
  annex: {
    title: 'Annex {number} to scenario {code}: {name}',
    intro: 'List attached to the decision, as of {month}. A draft computed by the staffing planner: check it before use.',
    peopleTitle: {
      moves: 'People whose post changes',
      exits: 'People who leave under a policy',
      both: 'People whose post changes or who leave under a policy',
    },
    unitsTitle: 'Units whose quota changes',
    number: 'No.',
    name: 'Full name',
    birthYear: 'Year of birth',
    current: 'Current title and unit',
    destination: 'Destination / new title',
    when: 'When',
    note: 'Note',
    unit: 'Unit',
    quotaBefore: 'Quota before',
    quotaAfter: 'Quota after',
    quotaChange: 'Change',
    from: 'From {day}',
    fromFor: 'From {day}, {months} months',
    concurrently: 'Concurrently {post}',
    alsoHolds: '{post}, also {titles}',
    rotation: 'Rotation',
    noUnitChanged: 'The scenario changes no unit\'s quota.',
  },
  print: { runDate: 'Computed on {date} by the staffing planner', page: 'Page {page} of {pages}' },
  timeline: {
    title: 'Scenario {code}: {name} — month by month',
    note: 'State after each month\'s events; return conflicts are counted in the month they occur. The printout holds the table by level; to print rows by locality, select them and print the selection.',
    byLevel: 'By level',
    byLocality: 'By locality',
    byParentLocality: 'By parent locality (each commune counted in its district)',
    month: 'Month',
    level: 'Level',
    locality: 'Locality',
    parentLocality: 'Parent locality',
  },
  issues: {
    title: 'Scenario {code}: {name} — issues',
    note: 'Conflicts, caps and warnings found by the simulation, each pointing to a person or a unit.',
    severity: 'Severity',
    code: 'Issue',
    month: 'Month',
    operation: 'Operation no.',
    personId: 'Person ID',
    personName: 'Full name',
    unitId: 'Unit ID',
    unitName: 'Unit',
    message: 'Message',
    rule: 'Rule checked',
  },
  rules: {
    cite: 'Basis: {basis}',
    citeFrom: 'Basis: {basis}, from {from}',
    status: { secondary: 'from a secondary source', unconfirmed: 'unconfirmed: check it' },
    basis: {
      retirementTable: 'Labour Code 2019 art. 169; NĐ 135/2020 art. 4, appendices I–II',
      maxTitlesPerPerson: 'no legal text found; a default of 2',
      deputyCaps: 'departments: NĐ 150/2025 as amended by NĐ 370/2025 (3 on average); commune offices and service centre: Government resolution of 15/10/2025 (2 on average per commune); district offices before 01/07/2025: NĐ 108/2020 (2 on average)',
      mergeGraceMonths: 'NĐ 370/2025; NQ 76/2025 (5 years from the restructuring decision)',
      rotationMinMonths: 'QĐ 65-QĐ/TW (at least 36 months)',
      rotationMinYearsLeft: 'QĐ 65-QĐ/TW art. 5; NĐ 138/2020 art. 56(4), now NĐ 170/2025',
      secondmentMaxMonths: 'Law on Cadres and Civil Servants 2008 art. 53, NĐ 138/2020 art. 27; now the 2025 Law and NĐ 170/2025',
      earlyRetirementMaxYearsLeft: 'NĐ 178/2024 art. 7, as amended by NĐ 67/2025',
      resignationMinYearsLeft: 'NĐ 178/2024 art. 9–10, as amended by NĐ 67/2025',
      powerConcentration: 'no legal text found; flagged when one person heads both the party committee and the people\'s committee',
      pooledCaps: 'commune vice-chairs: NĐ 300/2025 art. 6 (2.5 on average province-wide); commune offices and service centre: Government resolution of 15/10/2025 (2 on average per commune); departments: NĐ 150/2025 as amended by NĐ 370/2025 (3 on average)',
      parentDeputyCap: 'NĐ 370/2025; KL 187-KL/TW (a sub-unit has no more deputies than its parent)',
      restructuringMonth: 'the resolution reorganising the province\'s communes (Hà Tĩnh: NQ 1665/NQ-UBTVQH15)',
    },
  },
  comparison: {
    exitsByPolicy: 'Exits: {policy}',
    title: 'Scenario comparison',
    note: 'Change = scenario minus its baseline (the same settings without any operation); green is better, red is worse, quota and movements are uncoloured.',
    metric: 'Metric',
    measure: 'Measure',
    baselineWith: 'Baseline with the settings of {codes}',
    change: '{code} change',
    peopleWithChangedPost: 'People whose post changed',
    chartTitle: 'End of horizon: shortage, surplus, excess deputies',
    chartHeading: 'Chart data: end of horizon',
    scenario: 'Scenario',
  },  whereabouts: {
    title: 'Where these people are in each scenario',
    note: 'Each row: the post held from its month until the next row\'s, in each scenario; only the months in which some scenario changes something are listed.',
    personId: 'Person ID',
    name: 'Full name',
    birthYear: 'Born',
    from: 'From',
    concurrent: '{post}; also {others}',
    seconded: 'Seconded: {place}, until {month}; on the roster of {unit}',
    rotated: 'Rotated: {place}, until {month}',
    retired: 'Retired',
    withoutPost: 'Without a post',
  },
};
