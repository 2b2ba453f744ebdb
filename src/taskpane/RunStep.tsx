import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, PlayRegular } from '@fluentui/react-icons';
import type { ScenarioSummary, TimelineDetail } from '../app/planner';
import type { Kpi, Metric } from '../domain/result';
import { fill } from '../i18n/messages';
import type { CellFix } from '../sheets/cellText';
import { reportText } from '../sheets/labels';
import { monthText } from '../sheets/excelDate';
import { formatCount } from '../i18n/pane';
import { failureText } from './notices';
import type { PaneContext } from './Pane';
import { NOT_READ, runState, startRun, type RunHandle, type RunOutcome, type Stage, type StoreState } from './session';
import { CancelledError } from './simulation';
import { Definition } from './Definition';

/** The KPIs a card shows: the figures a planner checks first after a reform. */
const CARD_METRICS: readonly Metric[] = ['roster', 'vacancies', 'surplus', 'shortage', 'withoutPost', 'excessDeputies', 'returnConflicts', 'headsMissing', 'headsExcess'];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  kpis: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(9.5em, 1fr))', gap: tokens.spacingHorizontalS },
  kpi: { display: 'flex', flexDirection: 'column', padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  heading: { margin: 0 },
  term: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface Progress {
  readonly stage: Stage;
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export function RunStep({ context }: { readonly context: PaneContext }): React.JSX.Element {
  const styles = useStyles();
  const { t, input, store } = context;
  const scenarios = store.document.scenarios;
  const [chosen, setChosen] = React.useState<readonly string[]>(() =>
    context.picked.length > 0 ? context.picked : scenarios.filter((s) => runState(store.document, s.code, input ?? NOT_READ) !== 'current').map((s) => s.code),
  );
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [outcome, setOutcome] = React.useState<RunOutcome | null>(null);
  const [message, setMessage] = React.useState<{ intent: 'error' | 'warning'; text: string } | null>(null);
  const [timeline, setTimeline] = React.useState<TimelineDetail>('auto');
  // The scenarios of a newer version are not run here: this version may not know all they say.
  const runnable = !store.newer;
  const handle = React.useRef<RunHandle | null>(null);
  // The step stays mounted: a scenario picked later from the Scenarios step's "Run" is chosen then.
  React.useEffect(() => {
    if (context.picked.length > 0) setChosen(context.picked);
  }, [context.picked]);
  // "Run" on a scenario's card: run it now, once, whether this step was open or opens for it.
  React.useEffect(() => {
    const codes = context.pendingRun;
    if (codes === null) return;
    context.takePendingRun();
    if (runnable && progress === null) void run(codes);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [context.pendingRun]);

  const results = React.useRef<HTMLHeadingElement>(null);
  // The results are below the form: brought into view once shown, with the keyboard (the Run button,
  // disabled while running, had left the focus on the page's body).
  React.useEffect(() => {
    if (!outcome) return;
    results.current?.focus({ preventScroll: true });
    results.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [outcome]);
  const run = async (codes: readonly string[] = chosen): Promise<void> => {
    if (!input?.staffing) return;
    setMessage(null);
    setOutcome(null);
    const picked = scenarios.filter((s) => codes.includes(s.code));
    const h = startRun(context.host.workbook, context.host.simulator, {
      input, scenarios: picked, document: store.document, lang: context.sheetLang, now: context.host.now(), comparisonOnly: false, write: true, timeline,
    }, (stage, done, total, label) => setProgress({ stage, done, total, label }));
    handle.current = h;
    try {
      const result = await h.done;
      setOutcome(result);
      if (result.store) {
        context.storeChanged(result.store);
        if (!result.recorded) setMessage({ intent: 'warning', text: notRecorded(result.store, context) });
      }
    } catch (e) {
      setMessage({ intent: e instanceof CancelledError ? 'warning' : 'error', text: failureText(e, t) });
    } finally {
      handle.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  const toggle = (code: string, on: boolean): void => setChosen(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <>
      <Body1>{t.run.intro}</Body1>
      {!input?.staffing && <MessageBar intent="error"><MessageBarBody>{t.run.noInput}</MessageBarBody></MessageBar>}
      {!runnable && <MessageBar intent="warning"><MessageBarBody>{t.run.readOnly}</MessageBarBody></MessageBar>}
      {scenarios.length === 0 ? (
        <Body1>{t.run.noScenario}</Body1>
      ) : (
        <fieldset className={styles.section}>
          <legend>{t.run.choose}</legend>
          {scenarios.map((s) => (
            <Checkbox
              key={s.code}
              checked={chosen.includes(s.code)}
              disabled={busy}
              label={`${s.code} — ${s.name} (${t.scenarios.state[runState(store.document, s.code, input ?? NOT_READ)]})`}
              onChange={(_, d) => toggle(s.code, d.checked === true)}
            />
          ))}
        </fieldset>
      )}
      <SheetLanguage context={context} disabled={busy} />
      <Field label={t.run.timeline.label} hint={t.run.timeline.hint}>
        {/* As wide as the pane, not as its longest choice: the pane scrolled sideways at 350 px. */}
        <Select value={timeline} disabled={busy} style={{ width: '100%', minWidth: 0 }} onChange={(_, d) => setTimeline(d.value === 'locality' || d.value === 'parent' ? d.value : 'auto')}>
          <option value="auto">{t.run.timeline.auto}</option>
          <option value="locality">{t.run.timeline.locality}</option>
          <option value="parent">{t.run.timeline.parent}</option>
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          disabled={busy || !input?.staffing || !runnable || chosen.length === 0}
          onClick={() => void run(chosen)}
        >
          {t.run.start}
        </Button>
        {busy && (
          <Button icon={<DismissRegular />} onClick={() => handle.current?.cancel()}>{t.common.cancel}</Button>
        )}
      </div>
      {busy && (
        <Field validationMessage={fill(t.run.stage[progress.stage], { label: progress.label })} validationState="none">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} aria-label={fill(t.run.stage[progress.stage], { label: progress.label })} />
        </Field>
      )}
      {message && <MessageBar intent={message.intent}><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
      {outcome && outcome.fixes.length > 0 && (
        <MessageBar intent="warning"><MessageBarBody>{fixedText(outcome.fixes, context)}</MessageBarBody></MessageBar>
      )}
      {outcome && (
        <>
          <h2 ref={results} tabIndex={-1} className={styles.heading}><Subtitle2>{t.run.results}</Subtitle2></h2>
          {outcome.summary.results.map((r, i) => (
            <SummaryCard key={r.code} context={context} result={r} baseline={outcome.summary.baselines[i]} />
          ))}
          <section className={styles.section} aria-labelledby="written-heading">
            <Subtitle2 as="h2" id="written-heading">{t.run.written}</Subtitle2>
            <ul className={styles.sheets}>
              {outcome.sheets.map((sheet) => (
                <li key={sheet}>
                  <Link as="button" inline onClick={() => context.host.workbook.select(sheet, 1, 1).catch(context.fail)} aria-label={fill(t.run.openSheet, { sheet })}>
                    {sheet}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

/** The cells corrected in the sheets written, the first few by their sheet and address. */
export function fixedText(fixes: readonly CellFix[], context: PaneContext): string {
  const cells = fixes.slice(0, 5).map((f) => `'${f.sheet}'!${f.cell}`).join(', ') + (fixes.length > 5 ? ', …' : '');
  return fill(context.t.run.fixed, { count: formatCount(fixes.length, context.lang), cells });
}

/** Why a run's sheets were written but the run not recorded: the store is left as it is. */
export function notRecorded(store: StoreState, context: PaneContext): string {
  const { notRecorded: why } = context.t.run;
  return store.foreign !== null ? why.foreign : store.damaged ? why.damaged : why.newer;
}

/** The language the sheets are written in (the workbook's, unless the planner picks the other). */
export function SheetLanguage({ context, disabled }: { readonly context: PaneContext; readonly disabled: boolean }): React.JSX.Element {
  return (
    <Field label={context.t.run.sheetLanguage}>
      <Select value={context.sheetLang} disabled={disabled} onChange={(_, d) => context.setSheetLang(d.value === 'en' ? 'en' : 'vi')}>
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </Select>
    </Field>
  );
}

function kpiOf(summary: ScenarioSummary, metric: Metric): Kpi | undefined {
  return summary.kpis.find((k) => k.metric === metric);
}

function SummaryCard(props: { readonly context: PaneContext; readonly result: ScenarioSummary; readonly baseline: ScenarioSummary }): React.JSX.Element {
  const styles = useStyles();
  const { context, result, baseline } = props;
  const { t, lang } = context;
  const report = reportText(lang);
  const metrics = report.metrics;
  const n = (v: number): string => formatCount(v, lang);
  return (
    <Card aria-label={`${result.code} — ${result.name}`}>
      <CardHeader
        header={<Text weight="semibold" as="h3">{`${result.code} — ${result.name}`}</Text>}
        description={<Caption1>{fill(t.run.issues, { errors: n(result.errors), warnings: n(result.warnings) })}</Caption1>}
      />
      <div className={styles.kpis}>
        {CARD_METRICS.map((metric) => {
          const k = kpiOf(result, metric);
          if (!k) return null;
          const base = kpiOf(baseline, metric);
          const delta = base ? k.end - base.end : 0;
          return (
            // The figure's definition behind a button, as the sheets' legend has it; the change says against what.
            <div key={metric} className={styles.kpi} data-metric={metric}>
              <span className={styles.term}>
                <Caption1>{metrics[metric]}</Caption1>
                <Definition context={context} term={metrics[metric]} text={report.metricDefinitions[metric]} />
              </span>
              <span className={styles.value}>{n(k.end)}</span>
              <Caption1>
                {t.run.kpiEnd}
                {delta !== 0 && ` (${fill(t.run.kpiDelta, { delta: `${delta > 0 ? '+' : '−'}${n(Math.abs(delta))}` })})`}
              </Caption1>
              {k.worstMonth !== null && k.worst !== k.end && (
                <Caption1>{fill(t.run.kpiWorst, { value: n(k.worst), month: monthText(k.worstMonth) })}</Caption1>
              )}
            </div>
          );
        })}
        <div className={styles.kpi}>
          <Caption1>{t.run.changedPosts}</Caption1>
          <span className={styles.value}>{n(result.peopleWithChangedPost)}</span>
        </div>
      </div>
    </Card>
  );
}
