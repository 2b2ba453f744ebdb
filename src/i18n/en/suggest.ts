import type { SuggestMode, UnbalancedUnit } from '../../domain/suggest';
import type { MipStatus } from '../../domain/mip';

/** Texts of a suggested plan: each move's reason, the units left out of balance, the solver's status. */
export interface SuggestText {
  readonly scenarioName: string;
  readonly description: string;
  readonly secondmentName: string;
  readonly secondmentDescription: string;
  readonly secondmentReason: string;
  /** One move's reason, written as the operation's note. */
  readonly reason: string;
  readonly sameGroup: string;
  readonly acrossGroup: string;
  readonly specialtyLacking: string;
  readonly specialty: string;
  readonly deputiesName: string;
  readonly deputiesDescription: string;
  /** A deputy's early retirement or move: the cap it brings back, then the person's service left. */
  readonly exitReason: string;
  readonly deputyMoveReason: string;
  readonly unitCap: string;
  readonly poolCap: string;
  readonly poolGroup: string;
  readonly monthsLeft: string;
  readonly deputiesSummary: string;
  /** Several goals in one run: one line per goal, in the order solved. */
  /** Opens a plan's description: when and by what it was proposed. */
  readonly proposedOn: string;
  readonly goalsName: string;
  readonly goalsDescription: string;
  readonly goals: Readonly<Record<SuggestMode, string>>;
  readonly status: Readonly<Record<MipStatus, string>>;
  readonly summary: string;
  readonly unbalanced: Readonly<Record<UnbalancedUnit['why'], string>>;
  /** Why deputies stay over a cap: only the reasons that hold, joined. */
  readonly capsReasons: { readonly older: string; readonly leaving: string; readonly locked: string; readonly placed: string; readonly excluded: string; readonly noRoom: string };
  /** Why no one of an office over its quota may be moved: only the reasons that hold, joined. */
  readonly stayReasons: { readonly retiring: string; readonly locked: string; readonly placed: string; readonly role: string };
  /** The rules in brackets after why a unit stays out of balance: the level moves keep to ({level}). */
  readonly sameLevelOf: string;
  readonly withinValue: string;
  /** The unit has no value in the `within` column (a provincial body has no former district). */
  readonly withinNone: string;
  readonly withinKm: string;
  readonly distance: string;
  readonly unlocated: string;
  readonly pruned: string;
  readonly constraints: {
    readonly sameLevel: string;
    readonly sameKind: string;
    readonly within: string;
    readonly prefer: string;
    readonly monthsLeft: string;
    readonly maxFromUnit: string;
    readonly specialty: string;
    readonly roles: string;
    readonly locked: string;
    readonly excluded: string;
    readonly exitYears: string;
    readonly keepQuota: string;
    readonly returns: string;
    readonly coordinates: string;
    readonly maxKm: string;
  };
  readonly roles: { readonly head: string; readonly deputy: string; readonly staff: string };
}

export const suggestEn: SuggestText = {
  scenarioName: 'Proposed moves: units back to their quota',
  description:
    '{proposed}{placed} people moved from units over their quota to units short of it, from {month}. '
    + 'Constraints: {constraints}. Review each move (its reason is in its note), remove or change any, then run.',
  reason: '{person} ({title}): {from} is {surplus} over its quota; {to} is {shortage} short{group}{specialty}',
  secondmentName: 'Proposed secondments to the units short of people',
  secondmentDescription:
    '{proposed}{placed} people seconded for {months} months from {month} to units short of people; '
    + 'they stay on their sender\'s quota, which is one short in practice meanwhile. Constraints: {constraints}. '
    + 'Review each secondment (its reason is in its note), remove or change any, then run.',
  secondmentReason: '{person} ({title}) of {from}: {to} is {shortage} short{group}{specialty}',
  sameGroup: '; same {field} ({value})',
  acrossGroup: '; another {field}',
  specialtyLacking: '; {specialty}, which {to} lacks',
  specialty: '; {specialty}',
  deputiesName: 'Proposed plan: deputies within their caps',
  deputiesDescription:
    '{proposed}{exits} deputies retire early (NĐ 178/2024 art. 7) and {moved} move as deputies to units of the same kind with room, '
    + 'from {month}, so that the deputy caps hold by {by}. Constraints: {constraints}. '
    + 'Review each (its reason is in its note), remove or change any, then run.',
  exitReason: '{person} ({title}), {from}: {cap}; {left} to retirement, early retirement (NĐ 178/2024 art. 7: at most {years} years)',
  deputyMoveReason: '{person} ({title}), {from}: {cap}; to {to} as a deputy ({toDeputies} deputies for a cap of {toCap}){group}; {left} to retirement',
  unitCap: '{deputies} deputies for a cap of {cap} at {by}',
  poolCap: '{pool}{group}: {deputies} deputies for {allowed} allowed at {by}',
  poolGroup: ' ({group})',
  monthsLeft: '{years} y {months} m',
  deputiesSummary: '{status}: {exits} early retirements and {moved} moves; deputies over a cap at {by}: {before} without the plan, {after} with it. In {seconds} s.',
  proposedOn: 'Proposed by the solver on {date}: ',
  goalsName: 'Proposed plan: {goals}',
  goalsDescription: 'Proposed by the solver on {date}, goal after goal, each with the ones before it applied:\n{parts}',
  goals: { move: 'units back to their quota', secondment: 'secondments where people are short', deputies: 'deputies within their caps' },
  status: {
    optimal: 'Optimal plan',
    feasible: 'Best plan found within the time limit (at most {gap} % from the optimum)',
    infeasible: 'No plan meets every constraint',
    none: 'The solver found no plan within the time limit',
  },
  summary: '{status}: {placed} people placed ({surplus} over quota and {shortage} short in the units considered), in {seconds} s.',
  unbalanced: {
    noEligible: '{unit} stays {by} short: no one may come{rules}',
    takenElsewhere: '{unit} stays {by} short: those who may come are placed where they are needed as much',
    noDestination: '{unit} stays {by} over: no unit short of people may take them{rules}',
    destinationsFull: '{unit} stays {by} over: the units that may take them are full',
    maxFromUnit: '{unit} stays {by} over: at most {max} people are moved from one unit',
    noCandidates: '{unit} stays {by} over: no one there may be moved{reasons}',
    capsHeld: '{unit}: {deputies} deputies for {cap} allowed at {month}, still {by} over: {reasons}',
  },
  capsReasons: {
    older: '{n} are more than {years} years from retirement (no early retirement) and no unit of the same kind has room for them',
    leaving: '{n} retire by then anyway',
    locked: '{n} are kept where they are',
    placed: '{n} are already in the plan of the goal before',
    excluded: '{n} are left aside by the conditions',
    noRoom: 'no unit of the same kind has room for a deputy',
  },
  stayReasons: {
    retiring: '{n} within {months} months of retirement',
    locked: '{n} kept where they are',
    placed: '{n} already in the plan of the goal before',
    role: '{n} not among those who may move',
  },
  sameLevelOf: 'same level {level}',
  withinValue: 'same {field} {value}',
  withinNone: 'the unit has no {field} to match another unit by',
  withinKm: 'within {km} km',
  distance: '; {km} km',
  pruned: ' A large province: each kept its {k} best options, and the plan is optimal among those.',
  unlocated: ' {n} units considered have no readable coordinates ("lat, lon") in {field}.',
  constraints: {
    sameLevel: 'within the same level',
    sameKind: 'preferably to a unit of the same kind',
    within: 'within the same {field}',
    prefer: 'preferably within the same {field}',
    monthsLeft: 'no one within {n} months of retirement',
    maxFromUnit: 'at most {n} from one unit',
    specialty: '{field} sent preferably where it is lacking',
    roles: 'only {roles}',
    locked: '{n} people kept where they are',
    excluded: '{n} units left aside',
    exitYears: 'early retirement only at most {n} years from retirement',
    keepQuota: 'a deputy moves only into free quota',
    returns: 'no one who would retire, or whose unit would close, before the return',
    coordinates: 'nearer units preferred (by {field})',
    maxKm: 'at most {n} km away (straight line)',
  },
  roles: { head: 'heads', deputy: 'deputies', staff: 'staff' },
};
