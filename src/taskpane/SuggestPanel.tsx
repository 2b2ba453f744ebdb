import * as React from 'react';
import {
  Body1, Button, Caption1, Checkbox, Field, MessageBar, MessageBarBody, ProgressBar, Select, Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import { SparkleRegular } from '@fluentui/react-icons';
import type { SuggestOutcome } from '../app/suggest';
import { selectionPreview } from '../app/preview';
import type { MipProgress } from '../domain/mip';
import type { Staffing } from '../domain/model';
import type { Filter, Scenario } from '../domain/scenario';
import { SUGGEST_MODES, type SuggestMode, type SuggestRequest } from '../domain/suggest';
import { capDeadline } from '../domain/caps';
import { formatMonth } from '../domain/month';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { fill } from '../i18n/messages';
import { formatCount } from '../i18n/pane';
import type { PaneContext } from './Pane';
import { FilterList, personFieldOptions, Picker, unitFieldOptions, type SelectorEnv } from './Selectors';
import { CancelledError } from './simulation';
import type { SuggestionRun } from './suggestion';
import { localDay } from './session';
import { MonthField } from './MonthField';
import { NumberField } from './NumberField';

/**
 * The Suggest step: the planner states the rules, the solver (in a worker, loaded on first use) proposes
 * moves, and the planner ticks the ones to keep, solves again with the others kept where they are, and
 * saves the plan as an ordinary scenario.
 */

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  // A select as wide as the pane allows, not as its longest choice or hint: the pane scrolled sideways.
  field: { flex: '1 1 12em', minWidth: 0 },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, listStyleType: 'none', margin: 0, padding: 0 },
  move: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  group: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, padding: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
});

interface Form {
  readonly mode: SuggestMode;
  /** A second goal solved on the first's result, or '' for none. */
  readonly then: SuggestMode | '';
  /** Deputies: the month by which the caps hold; the early-retirement limit; free quota needed. */
  readonly by: string;
  readonly exitYears: string;
  readonly keepQuota: boolean;
  readonly months: string;
  /** Move: the units considered, both ways. Secondment: the senders. */
  readonly units: readonly Filter[];
  /** Secondment: the units that receive. */
  readonly to: readonly Filter[];
  readonly people: readonly Filter[];
  /** Units left out, by id: neither sending nor receiving. */
  readonly excluded: readonly string[];
  readonly sameLevel: boolean;
  readonly within: string;
  readonly prefer: string;
  readonly specialty: string;
  readonly maxFromUnit: string;
  /** A unit column of coordinates, and the farthest allowed ('' for no limit). */
  readonly coordinates: string;
  readonly maxKm: string;
  readonly minMonthsLeft: string;
  readonly month: string;
  readonly timeLimit: string;
}

function requestsOf(form: Form, locked: readonly string[]): SuggestRequest[] {
  return [form.mode, ...(form.then !== '' && form.then !== form.mode ? [form.then] : [])].map((mode) => requestOf(form, mode, locked));
}

/** A number of the form as typed, or undefined for an empty (or not yet valid) field. */
function whole(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}

function requestOf(form: Form, mode: SuggestMode, locked: readonly string[]): SuggestRequest {
  const maxFromUnit = whole(form.maxFromUnit);
  const minMonthsLeft = whole(form.minMonthsLeft);
  const exitYears = whole(form.exitYears);
  const maxKm = whole(form.maxKm);
  const seconding = mode === 'secondment';
  const to = seconding ? form.to : form.units;
  return {
    month: form.month, mode, ...(seconding ? { durationMonths: whole(form.months) ?? 12 } : {}),
    ...(mode === 'deputies' && /^\d{4}-\d{2}$/.test(form.by) ? { by: form.by } : {}),
    ...(form.units.length > 0 ? { from: form.units } : {}), ...(to.length > 0 ? { to } : {}),
    constraints: {
      sameLevel: form.sameLevel, ...(form.people.length > 0 ? { people: form.people } : {}),
      ...(form.excluded.length > 0 ? { excludedUnits: form.excluded } : {}),
      ...(form.within ? { within: form.within } : {}), ...(form.prefer ? { prefer: form.prefer } : {}),
      ...(form.specialty ? { specialty: form.specialty } : {}),
      ...(form.coordinates ? { coordinates: form.coordinates, ...(maxKm !== undefined && maxKm > 0 ? { maxKm } : {}) } : {}),
      ...(maxFromUnit !== undefined && maxFromUnit > 0 ? { maxFromUnit } : {}), ...(minMonthsLeft !== undefined ? { minMonthsLeft } : {}),
      ...(locked.length > 0 ? { lockedPeople: locked } : {}),
      ...(mode === 'deputies' ? { keepQuota: form.keepQuota, ...(exitYears !== undefined ? { exitMaxYearsLeft: exitYears } : {}) } : {}),
    },
  };
}

function modeOf(value: string): SuggestMode | null {
  return (SUGGEST_MODES as readonly string[]).includes(value) ? value as SuggestMode : null;
}

/** The caps' deadline under the default settings (the restructuring month plus the grace period). */
function deadlineOf(startMonth: string): string {
  const m = capDeadline(DEFAULT_SETTINGS);
  return m === null ? startMonth : formatMonth(m);
}

export function SuggestPanel(props: {
  readonly context: PaneContext;
  readonly staffing: Staffing;
  readonly code: string;
  readonly startMonth: string;
  readonly onSave: (scenario: Scenario) => Promise<void>;
  readonly onBack: () => void;
}): React.JSX.Element {
  const { context, staffing, code, startMonth } = props;
  const { t, lang } = context;
  const s = t.suggest;
  const styles = useStyles();
  const preview = React.useMemo(() => selectionPreview(staffing, startMonth), [staffing, startMonth]);
  const env: SelectorEnv = { t, lang: context.lang, staffing, workbook: context.host.workbook, preview, id: 'suggest' };
  const [form, setForm] = React.useState<Form>({
    mode: 'move', then: '', by: deadlineOf(startMonth), exitYears: String(DEFAULT_SETTINGS.earlyRetirementMaxYearsLeft), keepQuota: true, months: '12', units: [], to: [], people: [], excluded: [], sameLevel: true,
    within: '', prefer: '', specialty: '', maxFromUnit: '', coordinates: '', maxKm: '', minMonthsLeft: '12', month: startMonth, timeLimit: '30',
  });
  const [run, setRun] = React.useState<SuggestionRun | null>(null);
  const [progress, setProgress] = React.useState<MipProgress | null>(null);
  const [outcome, setOutcome] = React.useState<SuggestOutcome | null>(null);
  const [kept, setKept] = React.useState<ReadonlySet<string>>(new Set());
  const [locked, setLocked] = React.useState<readonly string[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [saved, setSaved] = React.useState(false);
  const results = React.useRef<HTMLDivElement>(null);
  const resultsHeading = React.useRef<HTMLHeadingElement>(null);
  // A new proposal is brought into view, with the keyboard (the button pressed was disabled while
  // solving, which left the focus on the page's body).
  React.useEffect(() => {
    if (!outcome) return;
    resultsHeading.current?.focus({ preventScroll: true });
    results.current?.scrollIntoView({ block: 'start' });
  }, [outcome]);
  const deputies = form.mode === 'deputies' || form.then === 'deputies';
  const quotaGoal = form.mode !== 'deputies' || (form.then !== '' && form.then !== 'deputies');

  const formRef = React.useRef<HTMLDivElement>(null);
  const solve = (lockedPeople: readonly string[]): void => {
    // A number showing its error would be read as its default: nothing is asked until it is corrected.
    const wrong = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (wrong) {
      setError(t.editor.fieldInvalid);
      wrong.focus();
      return;
    }
    setError(null);
    setSaved(false);
    setProgress(null);
    const started = context.host.suggester.start({
      staffing, request: requestsOf(form, lockedPeople), startMonth, lang, runDate: localDay(context.host.now()), code,
      timeLimitSeconds: Math.max(1, Number(form.timeLimit) || 30),
    }, setProgress);
    setRun(started);
    setLocked(lockedPeople);
    started.done.then((o) => {
      setOutcome(o);
      setKept(new Set(o.suggestion.moves.map((m) => m.personId)));
      setRun(null);
    }, (e: unknown) => {
      setRun(null);
      if (!(e instanceof CancelledError)) setError(fill(s.failed, { message: e instanceof Error ? e.message : String(e) }));
    });
  };

  const unticked = outcome ? outcome.suggestion.moves.filter((m) => !kept.has(m.personId)).map((m) => m.personId) : [];
  const save = async (): Promise<void> => {
    if (!outcome) return;
    const operations = outcome.scenario.operations.filter((op) => 'people' in op && typeof op.people === 'object' && 'ids' in op.people && kept.has(op.people.ids[0]));
    await props.onSave({ ...outcome.scenario, operations });
    setSaved(true);
  };
  const fieldSelect = (label: string, hint: string, value: string, options: { value: string; label: string }[], key: keyof Form) => (
    <Field className={styles.field} label={label} hint={hint}>
      <Select value={value} style={{ width: '100%', minWidth: 0 }} onChange={(_, d) => setForm({ ...form, [key]: d.value })}>
        <option value="">{t.common.none}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    </Field>
  );
  // The form's whole numbers, in the editor's field: emptied, the default applies; outside the request
  // format's bounds, an error, and no plan is asked for (they were read as the default unseen).
  type NumberKey = 'months' | 'exitYears' | 'maxKm' | 'maxFromUnit' | 'minMonthsLeft' | 'timeLimit';
  const numberField = (label: string, key: NumberKey, min: number, max: number) => (
    <NumberField
      label={label} value={whole(form[key])} min={min} max={max} optional
      invalidText={t.common.wholeNumberInvalid} onChange={(n) => setForm({ ...form, [key]: n === undefined ? '' : String(n) })}
    />
  );

  return (
    <div className={styles.form} ref={formRef}>
      <Subtitle2 as="h2">{s.heading}</Subtitle2>
      <Body1>{s.intro}</Body1>
      <div className={styles.row}>
        <Field className={styles.field} label={s.mode}>
          <Select
            value={form.mode}
            style={{ width: '100%', minWidth: 0 }}
            // Province to communes is the usual secondment: across levels by default.
            onChange={(_, d) => setForm({ ...form, mode: modeOf(d.value) ?? 'move', sameLevel: d.value !== 'secondment' })}
          >
            {SUGGEST_MODES.map((m) => <option key={m} value={m}>{s.modes[m]}</option>)}
          </Select>
        </Field>
        <Field className={styles.field} label={s.then} hint={s.thenHint}>
          <Select value={form.then} style={{ width: '100%', minWidth: 0 }} onChange={(_, d) => setForm({ ...form, then: modeOf(d.value) ?? '' })}>
            <option value="">{t.common.none}</option>
            {SUGGEST_MODES.filter((m) => m !== form.mode).map((m) => <option key={m} value={m}>{s.modes[m]}</option>)}
          </Select>
        </Field>
        {form.mode === 'secondment' && numberField(s.months, 'months', 1, 240)}
      </div>
      <div className={styles.group} role="group" aria-label={form.mode === 'secondment' ? s.senders : s.units}>
        <Caption1>{form.mode === 'secondment' ? s.senders : s.units}</Caption1>
        <FilterList env={{ ...env, id: 'suggest-from' }} kind="units" value={form.units} onChange={(units) => setForm({ ...form, units })} />
      </div>
      {form.mode === 'secondment' && (
        <div className={styles.group} role="group" aria-label={s.receivers}>
          <Caption1>{s.receivers}</Caption1>
          <FilterList env={{ ...env, id: 'suggest-to' }} kind="units" value={form.to} onChange={(to) => setForm({ ...form, to })} />
        </div>
      )}
      <div className={styles.group} role="group" aria-label={s.people}>
        <Caption1>{s.people}</Caption1>
        <FilterList env={{ ...env, id: 'suggest-people' }} kind="people" value={form.people} onChange={(people) => setForm({ ...form, people })} />
      </div>
      <Picker env={{ ...env, id: 'suggest-excluded' }} kind="units" label={s.excluded} chosen={form.excluded} multiple onChange={(excluded) => setForm({ ...form, excluded })} />
      {deputies && (
        <>
          <div className={styles.row}>
            <MonthField t={t} label={s.by} value={form.by} onChange={(by) => setForm({ ...form, by })} />
            {numberField(s.exitYears, 'exitYears', 0, 20)}
          </div>
          <Checkbox checked={form.keepQuota} label={s.keepQuota} onChange={(_, d) => setForm({ ...form, keepQuota: d.checked === true })} />
        </>
      )}
      <Checkbox checked={form.sameLevel} label={s.sameLevel} onChange={(_, d) => setForm({ ...form, sameLevel: d.checked === true })} />
      {fieldSelect(s.within, s.withinHint, form.within, unitFieldOptions(t, staffing), 'within')}
      {fieldSelect(s.prefer, s.preferHint, form.prefer, unitFieldOptions(t, staffing), 'prefer')}
      <div className={styles.row}>
        {fieldSelect(s.coordinates, s.coordinatesHint, form.coordinates, unitFieldOptions(t, staffing), 'coordinates')}
        {form.coordinates && numberField(s.maxKm, 'maxKm', 1, 10_000)}
      </div>
      {quotaGoal && fieldSelect(s.specialty, s.specialtyHint, form.specialty, personFieldOptions(t, staffing), 'specialty')}
      <div className={styles.row}>
        {quotaGoal && numberField(s.maxFromUnit, 'maxFromUnit', 1, 100_000)}
        {numberField(s.minMonthsLeft, 'minMonthsLeft', 0, 600)}
      </div>
      <div className={styles.row}>
        <MonthField t={t} label={s.month} value={form.month} onChange={(month) => setForm({ ...form, month })} />
        {numberField(s.timeLimit, 'timeLimit', 1, 3_600)}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" icon={<SparkleRegular />} disabled={run !== null} onClick={() => solve([])}>{s.run}</Button>
        {run && <Button onClick={() => run.cancel()}>{t.common.cancel}</Button>}
        <Button onClick={props.onBack}>{s.back}</Button>
      </div>
      {run && (
        <div role="status">
          <ProgressBar />
          <Caption1>
            {fill(s.running, { seconds: Math.round(progress?.seconds ?? 0) })}
            {progress?.gap != null ? ` — ${fill(s.gap, { gap: formatCount(Math.round(progress.gap * 1000) / 10, lang) })}` : ''}
          </Caption1>
        </div>
      )}
      {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      {outcome && !run && (
        <div className={styles.form} ref={results}>
          <h3 ref={resultsHeading} tabIndex={-1} className={styles.heading}><Subtitle2>{s.results}</Subtitle2></h3>
          <MessageBar intent={outcome.suggestion.status === 'optimal' ? 'success' : 'warning'}>
            {/* One line per goal, in the order solved. */}
            <MessageBarBody>{outcome.summary.split('\n').map((line, i) => <div key={i}>{line}</div>)}</MessageBarBody>
          </MessageBar>
          {outcome.suggestion.moves.length === 0 && <Body1>{s.nothing}</Body1>}
          {outcome.unbalanced.length > 0 && (
            <details>
              <summary>{fill(s.unbalanced, { n: formatCount(outcome.unbalanced.length, lang) })}</summary>
              <ul className={styles.list}>
                {outcome.unbalanced.map((line, i) => <li key={i}><Caption1 className={styles.reason}>{line}</Caption1></li>)}
              </ul>
            </details>
          )}
          {outcome.suggestion.moves.length > 0 && (
            <>
              <Subtitle2 as="h3">{fill(s.moves, { n: outcome.suggestion.moves.length })}</Subtitle2>
              <div className={styles.row}>
                <Button size="small" onClick={() => setKept(new Set(outcome.suggestion.moves.map((m) => m.personId)))}>{s.all}</Button>
                <Button size="small" onClick={() => setKept(new Set())}>{s.none}</Button>
              </div>
              <ul className={styles.list} aria-label={fill(s.moves, { n: outcome.suggestion.moves.length })}>
                {outcome.scenario.operations.map((op, i) => {
                  const m = outcome.suggestion.moves[i];
                  return (
                    <li key={m.personId} className={styles.move}>
                      <Checkbox
                        checked={kept.has(m.personId)}
                        label={m.to === null ? `${m.name} (${m.personId}): ${s.exit}` : `${m.name} (${m.personId})`}
                        onChange={(_, d) => {
                          const next = new Set(kept);
                          if (d.checked === true) next.add(m.personId);
                          else next.delete(m.personId);
                          setKept(next);
                        }}
                      />
                      <Caption1 className={styles.reason}>{op.note}</Caption1>
                    </li>
                  );
                })}
              </ul>
              <div className={styles.row}>
                <Button disabled={unticked.length === 0} onClick={() => solve([...new Set([...locked, ...unticked])])}>{s.resolve}</Button>
                <Button appearance="primary" disabled={kept.size === 0 || saved} onClick={() => void save().catch(context.fail)}>
                  {fill(s.save, { code })}
                </Button>
              </div>
              {saved && <MessageBar intent="success"><MessageBarBody>{s.saved}</MessageBarBody></MessageBar>}
            </>
          )}
        </div>
      )}
    </div>
  );
}
