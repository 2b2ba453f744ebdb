import type { UsageKey } from './text';

/**
 * The command line's arguments: a command, positional arguments, and options, some taking a value
 * ('--out x.xlsx' or '--out=x.xlsx'). Read by the CLI and, before it is loaded, by the launcher
 * (`launch.ts`); nothing here loads more than this file.
 */

const FLAGS_WITH_VALUE = new Set([
  'scenarios', 'out', 'json', 'lang', 'start', 'people', 'seed', 'codes', 'timeline', 'follow',
  'units', 'within', 'prefer', 'specialty', 'max-from-unit', 'min-months-left', 'month', 'code', 'time-limit',
  'mode', 'months', 'from-units', 'to-units', 'into', 'by', 'exit-years', 'coordinates', 'max-km', 'constraints',
]);
const BOOLEAN_FLAGS = new Set(['unit-series', 'quiet', 'help', 'force', 'three-level', 'any-level', 'ignore-quota']);

/**
 * The options each command takes, besides --lang, --quiet and --help: any other is refused by name
 * (`compare --json x.json` wrote no JSON and said nothing).
 */
const COMMAND_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  sample: new Set(['people', 'seed', 'start', 'three-level', 'force']),
  validate: new Set([]),
  simulate: new Set(['scenarios', 'out', 'json', 'unit-series', 'timeline', 'follow', 'start']),
  compare: new Set(['scenarios', 'codes', 'follow', 'out', 'timeline', 'start']),
  suggest: new Set([
    'mode', 'by', 'exit-years', 'ignore-quota', 'coordinates', 'max-km', 'constraints', 'months', 'units', 'from-units', 'to-units',
    'any-level', 'within', 'prefer', 'specialty', 'max-from-unit', 'min-months-left', 'month', 'code', 'time-limit', 'out', 'into', 'start',
  ]),
};
const EVERY_COMMAND = new Set(['lang', 'quiet', 'help']);

/** Bad usage, said in the planner's language. */
export class UsageError extends Error {
  constructor(readonly key: UsageKey, readonly params: Readonly<Record<string, string | number>> = {}) {
    super(key);
  }
}

export interface Args {
  readonly command: string | undefined;
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') flags.set('help', true);
    else if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (FLAGS_WITH_VALUE.has(name)) {
        // The next option is not a value: '--follow --quiet' looked for a person named "--quiet".
        const next = argv[i + 1];
        const value = inline ?? (next === undefined || next.startsWith('--') ? undefined : argv[++i]);
        if (value === undefined) throw new UsageError('missingValue', { option: `--${name}` });
        flags.set(name, value);
      } else if (BOOLEAN_FLAGS.has(name)) {
        // '--force=false' forced all the same: an on/off option is on by being there, and takes no value.
        if (inline !== undefined) throw new UsageError('flagWithValue', { option: `--${name}`, value: inline });
        flags.set(name, true);
      }
      else throw new UsageError('unknownOption', { option: `--${name}` });
    } else positional.push(a);
  }
  const command = positional.shift();
  const own = command === undefined ? undefined : COMMAND_OPTIONS[command];
  if (command !== undefined && own !== undefined && !flags.has('help')) {
    for (const name of flags.keys()) {
      if (!own.has(name) && !EVERY_COMMAND.has(name)) throw new UsageError('optionNotFor', { option: `--${name}`, command });
    }
  }
  return { command, positional, flags };
}
