import * as React from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { PlannerInput } from '../app/planner';
import type { ScenarioDocument } from '../format/scenarioDocument';
import type { Lang } from '../i18n/messages';
import { fill } from '../i18n/messages';
import { loadedPaneText, loadPaneText, localeOf, type PaneText } from '../i18n/pane';
import { WorkbookProtectedError, type OpenWorkbook, type RecoveredWrite } from '../workbook/workbook';

// The first script is the pane's frame. The Data step is fetched as soon as it runs, beside Office's
// start and the reading of the tables; the other steps while the planner reads it.
const dataStep = import('./DataStep');
const DataStep = React.lazy(() => dataStep.then((m) => ({ default: m.DataStep })));
const ScenariosStep = React.lazy(() => import('./ScenariosStep').then((m) => ({ default: m.ScenariosStep })));
const RunStep = React.lazy(() => import('./RunStep').then((m) => ({ default: m.RunStep })));
const CompareStep = React.lazy(() => import('./CompareStep').then((m) => ({ default: m.CompareStep })));
import {
  loadInput,
  markRuns,
  readAsStored,
  localDay,
  readStore,
  recoverWrites,
  replaceDamagedStore,
  saveStore,
  StoreReadOnlyError,
  workbookLang,
  type StoreState,
} from './session';
import { errorText, failureText, recoveryText } from './notices';
import type { Suggester } from './suggestion';
import type { Simulator } from './simulation';

export type Theme = 'light' | 'dark';

/** What a host (Excel, or the browser demo) gives the pane. */
export interface PaneHost {
  readonly workbook: OpenWorkbook;
  readonly simulator: Simulator;
  /** The Suggest step's solver, in a worker created when a plan is asked for. */
  readonly suggester: Suggester;
  /** From Office's display language; the planner can switch. */
  readonly lang: Lang;
  readonly now: () => Date;
}

export type Step = 'data' | 'scenarios' | 'run' | 'compare';
const STEPS: readonly Step[] = ['data', 'scenarios', 'run', 'compare'];

/** Everything the steps share: the workbook's tables and store, and how to change them. */
export interface PaneContext {
  readonly host: PaneHost;
  readonly lang: Lang;
  readonly t: PaneText;
  readonly input: PlannerInput | null;
  readonly store: StoreState;
  /** Reads the tables again, with the given mapping (default: the one saved in the workbook). */
  reload(mapping?: unknown): Promise<void>;
  /**
   * Saves the document in the workbook's store and shows it; refused (StoreReadOnlyError) when the
   * store there is damaged, newer, or a sheet of the planner's, which is then shown.
   */
  saveDocument(document: ScenarioDocument): Promise<void>;
  /** The planner's explicit choice: the damaged store is replaced by an empty one. */
  replaceDamagedStore(): Promise<void>;
  /** Shows the store as a run left it. */
  storeChanged(store: StoreState): void;
  go(step: Step): void;
  /** Scenarios picked for the Run step (from the Scenarios step's list). */
  readonly picked: readonly string[];
  /** `run`: the Run step runs them at once ("Run" on a scenario's card). */
  pick(codes: readonly string[], run?: boolean): void;
  /** Scenarios to run as soon as the Run step can: taken (and cleared) by it. */
  readonly pendingRun: readonly string[] | null;
  takePendingRun(): void;
  /** Shows what went wrong with an action, above the steps. */
  fail(error: unknown): void;
  /** The language of the sheets written: the workbook's by default, which may differ from the pane's. */
  readonly sheetLang: Lang;
  setSheetLang(lang: Lang): void;
}


const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  lang: { width: '8.5em' },
  body: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hidden: { display: 'none' },
});

/** `theme` follows Office's (light or dark); the pane re-renders in place when it changes. */
export function Pane({ host, theme: themeName }: { readonly host: PaneHost; readonly theme: Theme }): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(host.lang);
  const [step, setStep] = React.useState<Step>('data');
  const [input, setInput] = React.useState<PlannerInput | null>(null);
  const [store, setStore] = React.useState<StoreState | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [recovered, setRecovered] = React.useState<readonly RecoveredWrite[]>([]);
  const [picked, setPicked] = React.useState<readonly string[]>([]);
  const [pendingRun, setPendingRun] = React.useState<readonly string[] | null>(null);
  const pick = React.useCallback((codes: readonly string[], run = false): void => {
    setPicked(codes);
    if (run) setPendingRun(codes);
  }, []);
  const takePendingRun = React.useCallback((): void => setPendingRun(null), []);
  const [visited, setVisited] = React.useState<readonly Step[]>(['data']);
  const [chosenSheetLang, setSheetLang] = React.useState<Lang | null>(null);
  React.useEffect(() => {
    if (!visited.includes(step)) setVisited([...visited, step]);
  }, [step, visited]);
  // The language's texts come in a chunk of their own: until the first arrives, a spinner without words.
  const [t, setTexts] = React.useState<PaneText | null>(() => loadedPaneText(host.lang));
  React.useEffect(() => {
    if (t === null) loadPaneText(host.lang).then(setTexts, (e: unknown) => setFailure(errorText(e)));
  }, [t, host.lang]);
  const switchLang = (next: Lang): void => {
    // The other language is fetched first: the pane never shows a half-switched state.
    loadPaneText(next).then((texts) => {
      setTexts(texts);
      setLang(next);
    }, (e: unknown) => setFailure(errorText(e)));
  };
  const langRef = React.useRef(lang);
  langRef.current = lang;
  const inputRef = React.useRef<PlannerInput | null>(null);
  /** The language the result sheets are written in, as the Run step chooses it. */
  const sheetLangOf = (read: PlannerInput | null): Lang => chosenSheetLang ?? workbookLang(read, lang);
  const sheetLangRef = React.useRef(sheetLangOf);
  sheetLangRef.current = sheetLangOf;

  const reload = React.useCallback(async (mapping?: unknown): Promise<void> => {
    const t = await loadPaneText(langRef.current);
    try {
      // A write cut short earlier (the connection lost) is repaired before anything is read.
      const repaired = await recoverWrites(host.workbook);
      if (repaired.length > 0) setRecovered((before) => [...before, ...repaired]);
    } catch (e) {
      setFailure(e instanceof WorkbookProtectedError ? failureText(e, t) : fill(t.errors.recoveryFailed, { message: errorText(e) }));
      return;
    }
    try {
      const s = await readStore(host.workbook, langRef.current);
      const read = await loadInput(host.workbook, mapping ?? s.document.mapping, localDay(host.now()));
      setStore(s);
      setInput(read);
      setFailure(null);
      inputRef.current = read;
      // A courtesy to whoever opens the workbook without the add-in: the pane shows each run's state
      // itself. Only tables read as the runs read them: not unreadable, nor with columns still being tried.
      if (readAsStored(read, s)) {
        markRuns(host.workbook, s, read, sheetLangRef.current(read)).catch(() => undefined);
      }
    } catch (e) {
      setFailure(failureText(e, t));
    }
  }, [host]);

  React.useEffect(() => {
    void reload();
    // Fetched ahead, so switching steps never waits on the network.
    void import('./ScenariosStep');
    void import('./RunStep');
    void import('./CompareStep');
  }, [reload]);

  const saveDocument = React.useCallback(async (document: ScenarioDocument): Promise<void> => {
    try {
      const saved = await saveStore(host.workbook, document, langRef.current);
      setStore(saved);
      const read = inputRef.current;
      markRuns(host.workbook, saved, read ?? null, sheetLangRef.current(read)).catch(() => undefined);
    } catch (e) {
      // The store changed since it was read: show it as it is now.
      if (e instanceof StoreReadOnlyError) setStore(e.store);
      throw e;
    }
  }, [host]);

  const replaceStore = React.useCallback(async (): Promise<void> => {
    setStore(await replaceDamagedStore(host.workbook, langRef.current));
  }, [host]);

  const theme = themeName === 'dark' ? webDarkTheme : webLightTheme;
  if (t === null) {
    return (
      <FluentProvider theme={theme} lang={localeOf(lang)}>
        {failure === null ? <Spinner /> : <MessageBar intent="error" role="alert"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      </FluentProvider>
    );
  }
  const context: PaneContext | null = store === null ? null : {
    host, lang, t, input, store, reload, saveDocument, replaceDamagedStore: replaceStore, storeChanged: setStore, go: setStep, picked, pick, pendingRun, takePendingRun,
    fail: (e) => setFailure(failureText(e, t)),
    sheetLang: sheetLangOf(input),
    setSheetLang,
  };

  return (
    <FluentProvider theme={theme} lang={localeOf(lang)}>
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.title}</h1>
          <Select
            className={styles.lang}
            aria-label={t.language}
            value={lang}
            onChange={(_, d) => switchLang(d.value === 'en' ? 'en' : 'vi')}
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </Select>
        </header>
        <TabList selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)} aria-label={t.title}>
          <Tab value="data">{t.steps.data}</Tab>
          <Tab value="scenarios">{t.steps.scenarios}</Tab>
          <Tab value="run">{t.steps.run}</Tab>
          <Tab value="compare">{t.steps.compare}</Tab>
        </TabList>
        <main className={styles.body}>
          {failure !== null && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{failure}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => setFailure(null)}>{t.common.close}</Button>
                {context === null && <Button onClick={() => void reload()}>{t.common.retry}</Button>}
              </MessageBarActions>
            </MessageBar>
          )}
          {recovered.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{recovered.map((r, i) => <p key={i}>{recoveryText(r, t)}</p>)}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => setRecovered([])}>{t.common.close}</Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {context === null ? (
            failure === null && <Spinner label={t.common.loading} />
          ) : (
            STEPS.filter((s) => visited.includes(s)).map((s) => (
              // Steps stay mounted once opened: a draft scenario or a run in progress survives a change of step.
              <div key={s} className={s === step ? styles.step : styles.hidden}>
                <StepBoundary t={t}>
                  <React.Suspense fallback={<Spinner label={t.common.loading} />}>
                    <StepView step={s} context={context} />
                  </React.Suspense>
                </StepBoundary>
              </div>
            ))
          )}
        </main>
      </div>
    </FluentProvider>
  );
}

/** A step that fails to load or to render shows why, instead of blanking the pane. */
class StepBoundary extends React.Component<{ readonly t: PaneText; readonly children: React.ReactNode }, { readonly error: string | null }> {
  override state = { error: null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: errorText(error) };
  }

  override render(): React.ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{fill(this.props.t.common.failed, { message: this.state.error })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: null })}>{this.props.t.common.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

function StepView({ step, context }: { readonly step: Step; readonly context: PaneContext }): React.JSX.Element {
  switch (step) {
    case 'data':
      return <DataStep context={context} />;
    case 'scenarios':
      return <ScenariosStep context={context} />;
    case 'run':
      return <RunStep context={context} />;
    case 'compare':
      return <CompareStep context={context} />;
  }
}
