import { RULES, type RuleKey } from '../domain/rules';
import { dayText } from './excelDate';
import { fill, reportText, type Lang } from './labels';

/** A rule's legal basis in words: the text, from when, and how sure the value is when not confirmed. */
export function ruleText(key: RuleKey, lang: Lang): string {
  const t = reportText(lang).rules;
  const rule = RULES[key];
  const basis = t.basis[key];
  const cite = rule.from === null ? fill(t.cite, { basis }) : fill(t.citeFrom, { basis, from: dayText(rule.from) });
  return rule.status === 'confirmed' ? cite : `${cite} (${t.status[rule.status]})`;
}
