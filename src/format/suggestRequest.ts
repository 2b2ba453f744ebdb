import type { ValidateFunction } from 'ajv';
import type { SuggestRequest } from '../domain/suggest';
import { formatMessages as en } from '../i18n/en/format';
import { formatMessages as vi } from '../i18n/vi/format';
import type { FormatProblem, Lang } from './problems';
import { type FoundProblem, problemsFromSchemaErrors } from './schemaErrors';
import { localize, parseJson } from './scenarioParse';
import { validate as generatedValidate } from './suggestValidator.generated';

/**
 * A request to the solver from a file (`suggest --constraints FILE`): one goal with its constraints,
 * or a list of goals solved in order, checked against suggest.schema.json, each problem at its path.
 */

const validateAgainstSchema = generatedValidate as unknown as ValidateFunction;

export interface ParsedSuggestRequests {
  readonly requests: readonly SuggestRequest[] | null;
  readonly problems: readonly FormatProblem[];
}

export function parseSuggestRequests(text: string, lang: Lang): ParsedSuggestRequests {
  const messages = lang === 'vi' ? vi : en;
  const json = parseJson(text);
  if (!json.ok) return { requests: null, problems: [localize(json.problem, messages)] };
  // A single request is checked as a list of one, and its problems named at its own paths.
  const single = !Array.isArray(json.value);
  const list = single ? [json.value] : json.value;
  if (!validateAgainstSchema(list)) {
    const found = problemsFromSchemaErrors(validateAgainstSchema.errors ?? [], list).map((p) => (single ? unwrapped(p) : p));
    return { requests: null, problems: found.map((p) => localize(p, messages)) };
  }
  return { requests: list as SuggestRequest[], problems: [] };
}

/** A problem of the list of one at the single request's path: '$[0].by' is '$.by'. */
function unwrapped(p: FoundProblem): FoundProblem {
  const strip = (text: string): string => (text.startsWith('$[0]') ? `$${text.slice(4)}` : text);
  const params = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'string' ? strip(v) : v]));
  return { ...p, path: strip(p.path), params } as FoundProblem;
}
