import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, DocumentTableRegular, TableSimpleRegular } from '@fluentui/react-icons';
import type { PlanSummary, ScenarioSummary } from '../app/planner';
import type { WhereaboutsView } from '../app/follow';
import { METRICS, WORSE_WHEN_HIGHER, type Metric } from '../domain/result';
import { isNeutral } from '../sheets/figures';
import { fill } from '../i18n/messages';
import { reportText } from '../sheets/labels';
import { monthText } from '../sheets/excelDate';
import { formatCount } from '../i18n/pane';
import { failureText } from './notices';
import type { PaneContext } from './Pane';
import { NOT_READ, runState, startRun, type RunHandle, type Stage } from './session';
import { SheetLanguage } from './RunStep';
import { Picker } from './Selectors';
import { compareTable, shownCode, type CompareColumn } from './compareColumns';
import { Definition } from './Definition';

const useStyles = makeStyles({
  // min-width 0: a fieldset is as wide as its content by default, and would push the pane wider.
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  grow: { flexGrow: 1 },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  // Natural widths and a scroll bar: a fixed layout squeezes seven scenarios into unreadable columns.
  table: { width: 'max-content', minWidth: '100%', tableLayout: 'auto' },
  label: {
    position: 'sticky', left: 0, zIndex: 1, minWidth: '9em', maxWidth: '12em',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // A baseline named after the scenarios using it: wrapped, not a column as wide as the name.
  wrapped: { textAlign: 'right', minWidth: '6em', maxWidth: '9em' },
  heading: { margin: 0 },
  term: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  delta: { display: 'block', fontSize: tokens.fontSizeBase200 },
  better: { color: tokens.colorPaletteGreenForeground1 },
  worse: { color: tokens.colorPaletteRedForeground1 },
  person: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  // Each month's places as a list: it reads at 330 px, where a table of seven scenarios would not.
  month: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  places: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** Stocks shown at the end of the horizon; events are shown as totals. */
const TABLE_METRICS: readonly Metric[] = METRICS.filter((m) => m !== 'deputyCap' && m !== 'heads');

export function CompareStep({ context }: { readonly context: PaneContext }): React.JSX.Element {
  const styles = useStyles();
  const { t, input, store } = context;
  const scenarios = store.document.scenarios;
  const stateOf = (code: string) => runState(store.document, code, input ?? NOT_READ);
  // The scenarios already run on these tables; all of them when none is.
  const [chosen, setChosen] = React.useState<readonly string[]>(() => {
    const run = scenarios.filter((s) => stateOf(s.code) === 'current').map((s) => s.code);
    return run.length > 0 ? run : scenarios.map((s) => s.code);
  });
  const [summary, setSummary] = React.useState<PlanSummary | null>(null);
  // Brought into view when computed: below the fold, a click seemed to do nothing.
  const resultRef = React.useRef<HTMLDivElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = React.useState(0);
  React.useEffect(() => {
    if (shown === 0) return;
    // The button pressed is disabled while comparing, which sent the keyboard to the page's body.
    // Focused before the smooth scroll, which a focus would stop.
    headingRef.current?.focus({ preventScroll: true });
    resultRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [shown]);
  const [follow, setFollow] = React.useState<readonly string[]>([]);
  const [whereabouts, setWhereabouts] = React.useState<WhereaboutsView | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<{ stage: Stage; done: number; total: number; label: string } | null>(null);
  const handle = React.useRef<RunHandle | null>(null);
  const [message, setMessage] = React.useState<{ intent: 'success' | 'error'; text: string; sheet?: string } | null>(null);

  const compare = async (write: boolean): Promise<void> => {
    if (!input?.staffing) return;
    setBusy(true);
    setMessage(null);
    try {
      const picked = scenarios.filter((s) => chosen.includes(s.code));
      const run = startRun(context.host.workbook, context.host.simulator, {
        input, scenarios: picked, document: store.document, lang: context.sheetLang, now: context.host.now(), comparisonOnly: true, write, follow,
      }, (stage, done, total, label) => setProgress({ stage, done, total, label }));
      handle.current = run;
      const outcome = await run.done;
      setSummary(outcome.summary);
      setShown((n) => n + 1);
      setWhereabouts(outcome.whereabouts);
      if (write && outcome.store) {
        context.storeChanged(outcome.store);
        const sheet = outcome.sheets[0];
        // The comparison records no run: a store left as it is (damaged, newer) changes nothing here.
        setMessage({ intent: 'success', text: fill(t.compare.written, { sheet }), sheet });
      }
    } catch (e) {
      setMessage({ intent: 'error', text: failureText(e, t) });
    } finally {
      handle.current = null;
      setBusy(false);
      setProgress(null);
    }
  };

  const none = chosen.length === 0;
  return (
    <>
      <Body1>{t.compare.intro}</Body1>
      {!input?.staffing && <MessageBar intent="error"><MessageBarBody>{t.run.noInput}</MessageBarBody></MessageBar>}
      <fieldset className={styles.section}>
        <legend>{t.steps.scenarios}</legend>
        {scenarios.map((s) => (
          <Checkbox
            key={s.code}
            checked={chosen.includes(s.code)}
            label={`${s.code} — ${s.name} (${t.scenarios.state[stateOf(s.code)]})`}
            onChange={(_, d) => setChosen(d.checked === true ? [...chosen, s.code] : chosen.filter((c) => c !== s.code))}
          />
        ))}
      </fieldset>
      {none && <Body1>{t.compare.pickOne}</Body1>}
      {chosen.some((code) => stateOf(code) !== 'current') && <Caption1>{t.compare.simulatesFirst}</Caption1>}
      {input?.staffing && (
        <fieldset className={styles.section}>
          <legend>{t.compare.follow.legend}</legend>
          <Caption1>{t.compare.follow.hint}</Caption1>
          <Picker
            env={{ t, lang: context.lang, staffing: input.staffing, workbook: context.host.workbook, id: 'compare-follow' }}
            kind="people"
            label={t.operation.people}
            chosen={follow}
            multiple
            onChange={setFollow}
          />
        </fieldset>
      )}
      <SheetLanguage context={context} disabled={busy} />
      <div className={styles.row}>
        <Button icon={<TableSimpleRegular />} disabled={busy || none || !input?.staffing} onClick={() => void compare(false)}>{t.compare.compute}</Button>
        <Button appearance="primary" icon={<DocumentTableRegular />} disabled={busy || none || !input?.staffing || store.newer} onClick={() => void compare(true)}>
          {t.compare.write}
        </Button>
      </div>
      {busy && (
        <div className={styles.row}>
          <ProgressBar
            className={styles.grow}
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
            aria-label={progress ? fill(t.run.stage[progress.stage], { label: progress.label }) : t.compare.compute}
          />
          <Button icon={<DismissRegular />} onClick={() => handle.current?.cancel()}>{t.common.cancel}</Button>
        </div>
      )}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>
            {message.sheet ? (
              <Link as="button" inline onClick={() => context.host.workbook.select(message.sheet as string, 1, 1).catch(context.fail)}>{message.text}</Link>
            ) : message.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {summary && (
        <div ref={resultRef} className={styles.section}>
          <h2 ref={headingRef} tabIndex={-1} className={styles.heading}><Subtitle2>{t.compare.results}</Subtitle2></h2>
          <KpiTable context={context} summary={summary} />
        </div>
      )}
      {whereabouts && <Whereabouts context={context} view={whereabouts} />}
    </>
  );
}

/** Each person followed: for each month something changes, where they are in each column. */
function Whereabouts({ context, view }: { readonly context: PaneContext; readonly view: WhereaboutsView }): React.JSX.Element {
  const styles = useStyles();
  const { t } = context;
  return (
    <section className={styles.section} aria-label={t.compare.follow.legend}>
      {view.people.map((p) => (
        <div key={p.id} className={styles.person}>
          <Subtitle2 as="h3">{fill(t.compare.follow.heading, { name: p.name, id: p.id })}</Subtitle2>
          {p.rows.map((r) => (
            <React.Fragment key={r.month}>
              <p className={styles.month}>{fill(t.compare.follow.from, { month: monthText(r.month) })}</p>
              <ul className={styles.places}>
                {r.places.map((place, i) => <li key={view.columns[i]}>{`${view.columns[i]}: ${place}`}</li>)}
              </ul>
            </React.Fragment>
          ))}
        </div>
      ))}
    </section>
  );
}

function valueOf(s: ScenarioSummary, metric: Metric): number | null {
  const k = s.kpis.find((x) => x.metric === metric);
  if (!k) return null;
  return k.total ?? k.end;
}

/** Below this width (a 330 px pane), several scenarios are shown one at a time, beside the baseline. */
const NARROW = 480;

/** The width of an element, kept up to date. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = React.useState<number | null>(null);
  React.useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function KpiTable({ context, summary }: { readonly context: PaneContext; readonly summary: PlanSummary }): React.JSX.Element {
  const styles = useStyles();
  const { t, lang } = context;
  const report = reportText(lang);
  const metrics = report.metrics;
  const n = (v: number): string => formatCount(v, lang);
  const frame = React.useRef<HTMLDivElement>(null);
  const width = useWidth(frame);
  const narrow = width !== null && width < NARROW && summary.results.length > 1;
  // '' shows every scenario; a code shows that one only (the default in a narrow pane).
  const [shown, setShown] = React.useState<string | null>(null);
  const only = shownCode(shown, summary.results.map((r) => r.code), narrow);
  const { columns, lastMonth } = compareTable(summary, only);
  // One horizon for every column is said once; otherwise each column says its own.
  const caption = lastMonth !== null ? fill(t.compare.atEnd, { month: monthText(lastMonth) }) : t.compare.atEndEach;
  const head = (c: CompareColumn): string => c.kind === 'scenario' ? c.codes[0] : c.codes.length === 0 ? t.compare.baseline : fill(report.comparison.baselineWith, { codes: c.codes.join(', ') });
  const byKey = new Map(columns.map((c) => [c.key, c]));
  return (
    <div ref={frame} className={styles.section}>
      {summary.results.length > 1 && (
        <Field label={t.compare.show}>
          {/* As wide as the pane, not as its longest scenario name: the pane scrolled sideways. */}
          <Select value={only} style={{ width: '100%', minWidth: 0 }} onChange={(_, d) => setShown(d.value)}>
            <option value="">{t.compare.showAll}</option>
            {summary.results.map((r) => <option key={r.code} value={r.code}>{`${r.code} — ${r.name}`}</option>)}
          </Select>
        </Field>
      )}
      {/* Focusable, so that a keyboard can scroll a table wider than the pane. */}
      <div className={styles.scroll} role="region" tabIndex={0} aria-label={caption}>
        <Table size="small" className={styles.table} aria-label={caption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.label}>{caption}</TableHeaderCell>
              {columns.map((c) => (
                <TableHeaderCell key={c.key} className={c.kind === 'baseline' && c.codes.length > 0 ? styles.wrapped : styles.number}>
                  {head(c)}
                  {lastMonth === null && <span className={styles.delta}>{monthText(c.summary.lastMonth)}</span>}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {TABLE_METRICS.map((metric) => {
              const flow = summary.baseline.kpis.find((k) => k.metric === metric)?.total !== null;
              const name = flow ? `${metrics[metric]} (${t.compare.total})` : metrics[metric];
              return (
                <TableRow key={metric}>
                  <TableCell className={styles.label}>
                    <span className={styles.term}>{name}<Definition context={context} term={name} text={report.metricDefinitions[metric]} /></span>
                  </TableCell>
                  {columns.map((c) => {
                    const v = valueOf(c.summary, metric);
                    const against = c.against === null ? undefined : byKey.get(c.against);
                    const own = against ? valueOf(against.summary, metric) : null;
                    const delta = v === null || own === null ? 0 : v - own;
                    const tone = delta === 0 || isNeutral(metric) ? undefined : (delta > 0) === WORSE_WHEN_HIGHER[metric] ? styles.worse : styles.better;
                    return (
                      <TableCell key={c.key} className={styles.number}>
                        {v === null ? '' : n(v)}
                        {delta !== 0 && <span className={`${styles.delta} ${tone ?? ''}`}>{`${delta > 0 ? '+' : '−'}${n(Math.abs(delta))}`}</span>}
                      </TableCell>
                    );
                  })}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
