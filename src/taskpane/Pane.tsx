import * as React from 'react';
import {
  FluentProvider,
  MessageBar,
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
import { paneText, type PaneText } from '../i18n/pane';
import type { OpenWorkbook, TableInfo } from '../workbook/workbook';
import { DataStep } from './DataStep';

// The first step is in the first script; the others load while the planner reads it.
const ScenariosStep = React.lazy(() => import('./ScenariosStep').then((m) => ({ default: m.ScenariosStep })));
const RunStep = React.lazy(() => import('./RunStep').then((m) => ({ default: m.RunStep })));
const CompareStep = React.lazy(() => import('./CompareStep').then((m) => ({ default: m.CompareStep })));
import { loadInput, readStore, saveStore, type StoreState } from './session';
import type { Simulator } from './simulation';

export type Theme = 'light' | 'dark';

/** What a host (Excel, or the browser demo) gives the pane. */
export interface PaneHost {
  readonly workbook: OpenWorkbook;
  readonly simulator: Simulator;
  /** From Office's display language; the planner can switch. */
  readonly lang: Lang;
  readonly now: () => Date;
}

export type Step = 'data' | 'scenarios' | 'run' | 'compare';

/** Everything the steps share: the workbook's tables and store, and how to change them. */
export interface PaneContext {
  readonly host: PaneHost;
  readonly lang: Lang;
  readonly t: PaneText;
  readonly input: PlannerInput | null;
  readonly tables: readonly TableInfo[];
  readonly store: StoreState;
  /** Reads the tables again, with the given mapping (default: the one saved in the workbook). */
  reload(mapping?: unknown): Promise<void>;
  /** Saves the document in the workbook's store and shows it. */
  saveDocument(document: ScenarioDocument): Promise<void>;
  /** Shows a document already written (by a run). */
  documentWritten(document: ScenarioDocument): void;
  go(step: Step): void;
  /** Scenarios picked for the Run step (from the Scenarios step's list). */
  readonly picked: readonly string[];
  pick(codes: readonly string[]): void;
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
});

/** `theme` follows Office's (light or dark); the pane re-renders in place when it changes. */
export function Pane({ host, theme: themeName }: { readonly host: PaneHost; readonly theme: Theme }): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(host.lang);
  const [step, setStep] = React.useState<Step>('data');
  const [input, setInput] = React.useState<PlannerInput | null>(null);
  const [tables, setTables] = React.useState<readonly TableInfo[]>([]);
  const [store, setStore] = React.useState<StoreState | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [picked, setPicked] = React.useState<readonly string[]>([]);
  const t = paneText(lang);
  const langRef = React.useRef(lang);
  langRef.current = lang;

  const reload = React.useCallback(async (mapping?: unknown): Promise<void> => {
    try {
      const s = await readStore(host.workbook, langRef.current);
      const [found, read] = await Promise.all([
        host.workbook.listTables(),
        loadInput(host.workbook, mapping ?? s.document.mapping, host.now().toISOString().slice(0, 10)),
      ]);
      setStore(s);
      setTables(found);
      setInput(read);
      setFailure(null);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
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
    await saveStore(host.workbook, document);
    setStore({ document, readOnly: false, problems: [] });
  }, [host]);

  const documentWritten = React.useCallback((document: ScenarioDocument): void => {
    setStore({ document, readOnly: false, problems: [] });
  }, []);

  const theme = themeName === 'dark' ? webDarkTheme : webLightTheme;
  const context: PaneContext | null = store === null ? null : {
    host, lang, t, input, tables, store, reload, saveDocument, documentWritten, go: setStep, picked, pick: setPicked,
  };

  return (
    <FluentProvider theme={theme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.title}</h1>
          <Select
            className={styles.lang}
            aria-label={t.language}
            value={lang}
            onChange={(_, d) => setLang(d.value === 'en' ? 'en' : 'vi')}
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
        <main className={styles.body} aria-live="polite">
          {failure !== null && (
            <MessageBar intent="error">
              <MessageBarBody>{fill(t.common.failed, { message: failure })}</MessageBarBody>
            </MessageBar>
          )}
          {context === null ? (
            failure === null && <Spinner label={t.common.loading} />
          ) : (
            <React.Suspense fallback={<Spinner label={t.common.loading} />}>
              <StepView step={step} context={context} />
            </React.Suspense>
          )}
        </main>
      </div>
    </FluentProvider>
  );
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
