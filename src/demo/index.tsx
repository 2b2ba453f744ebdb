import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { sampleWorkbookFile } from '../app/sampleWorkbook';
import type { Lang } from '../i18n/messages';
import { localeOf } from '../i18n/pane';
import { DEFAULT_SHAPE, generateSample, SAMPLE_SHAPES, type SampleShape } from '../sample/province';
import { Pane, type Theme } from '../taskpane/Pane';
import { workerSimulator } from '../taskpane/simulation';
import { workerSuggester } from '../taskpane/suggestion';
import { saveFile } from '../taskpane/files';
import { localDay } from '../taskpane/session';
import { fileFaultMessage, WorkbookFileError } from '../workbook/fileFaults';
import { MemoryWorkbook } from './memoryWorkbook';
import { SheetView } from './SheetView';

/**
 * The browser demo's composition root: the real task pane beside a view of a workbook held in memory
 * (the sample province, or a file the visitor opens), read and written through the .xlsx adapter.
 * The two selects stand in for Office's display language and theme.
 */

type DemoText = Record<'title' | 'language' | 'theme' | 'light' | 'dark' | 'open' | 'download' | 'loading' | 'sample', string>
  & { readonly shapes: Record<SampleShape, string> };

const TEXT: Record<Lang, DemoText> = {
  vi: {
    title: 'Kế hoạch biên chế — bản chạy thử trên trình duyệt', language: 'Ngôn ngữ Office', theme: 'Giao diện Office',
    light: 'Sáng', dark: 'Tối', open: 'Mở tệp .xlsx', download: 'Tải về .xlsx', loading: 'Đang tạo sổ tính mẫu…',
    sample: 'Sổ tính mẫu',
    shapes: { 'two-level': 'Tỉnh hai cấp (từ 01/7/2025)', 'three-level': 'Tỉnh ba cấp (trước 01/7/2025)' },
  },
  en: {
    title: 'Staffing planner — browser demo', language: 'Office language', theme: 'Office theme',
    light: 'Light', dark: 'Dark', open: 'Open an .xlsx file', download: 'Download .xlsx', loading: 'Making the sample workbook…',
    sample: 'Sample workbook',
    shapes: { 'two-level': 'Two-level province (since 2025-07-01)', 'three-level': 'Three-level province (before 2025-07-01)' },
  },
};

const useStyles = makeStyles({
  page: { height: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  bar: {
    display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, marginRight: 'auto' },
  label: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  sheet: { flexGrow: 1, minWidth: 0, display: 'flex', overflow: 'hidden', padding: tokens.spacingHorizontalS },
  pane: { width: '380px', flexShrink: 0, overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  hidden: { display: 'none' },
});

/** The demo's sample simulates from the current month, as a planner opening it today would. */
async function sampleWorkbook(now: Date, shape: SampleShape): Promise<MemoryWorkbook> {
  const start = localDay(now).slice(0, 7);
  // The file `staffing-planner sample` writes, opened as a planner would open it.
  return MemoryWorkbook.fromBuffer(await sampleWorkbookFile(generateSample(shape, { startMonth: start }), start));
}

function shapeOf(value: string | null): SampleShape {
  return SAMPLE_SHAPES.find((s) => s === value) ?? DEFAULT_SHAPE;
}

function Demo(): React.JSX.Element {
  const styles = useStyles();
  const params = new URLSearchParams(window.location.search);
  const [lang, setLang] = React.useState<Lang>(params.get('lang') === 'en' ? 'en' : 'vi');
  const [theme, setTheme] = React.useState<Theme>(params.get('theme') === 'dark' ? 'dark' : 'light');
  const [shape, setShape] = React.useState<SampleShape>(shapeOf(params.get('sample')));
  const [workbook, setWorkbook] = React.useState<MemoryWorkbook | null>(null);
  const [fileName, setFileName] = React.useState('ha-tinh-mau.xlsx');
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const t = TEXT[lang];

  React.useEffect(() => {
    setWorkbook(null);
    setFileName(shape === 'two-level' ? 'ha-tinh-mau.xlsx' : 'ha-tinh-ba-cap-mau.xlsx');
    void sampleWorkbook(new Date(), shape).then((wb) => {
      // Marks when the pane starts on a ready workbook: its own time to interactive is measured from here.
      performance.mark('workbook-ready');
      setWorkbook(wb);
    });
  }, [shape]);

  const host = React.useMemo(() => workbook && {
    workbook,
    simulator: workerSimulator(() => new Worker(new URL('../taskpane/simulation.worker.ts', import.meta.url))),
    suggester: workerSuggester(() => new Worker(new URL('../taskpane/suggest.worker.ts', import.meta.url))),
    lang,
    now: () => new Date(),
  }, [workbook, lang]);

  const download = async (): Promise<void> => {
    if (!workbook) return;
    saveFile(fileName, (await workbook.toBuffer()) as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  };

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={localeOf(lang)}>
      <div className={styles.page}>
        <header className={styles.bar}>
          <h1 className={styles.title}>{t.title}</h1>
          <label className={styles.label}>
            {t.language}
            <Select value={lang} onChange={(_, d) => setLang(d.value === 'en' ? 'en' : 'vi')}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </Select>
          </label>
          <label className={styles.label}>
            {t.theme}
            <Select value={theme} onChange={(_, d) => setTheme(d.value === 'dark' ? 'dark' : 'light')}>
              <option value="light">{t.light}</option>
              <option value="dark">{t.dark}</option>
            </Select>
          </label>
          <label className={styles.label}>
            {t.sample}
            <Select value={shape} onChange={(_, d) => setShape(shapeOf(d.value))}>
              {SAMPLE_SHAPES.map((s) => <option key={s} value={s}>{t.shapes[s]}</option>)}
            </Select>
          </label>
          <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>{t.open}</Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm"
            aria-label={t.open}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              setWorkbook(null);
              setFileName(file.name);
              setFailure(null);
              void file.arrayBuffer().then(MemoryWorkbook.fromBuffer).then(setWorkbook, (err: unknown) => {
                setFailure(err instanceof WorkbookFileError ? fileFaultMessage(err.fault, file.name, lang) : `${file.name}: ${err instanceof Error ? err.message : String(err)}`);
                void sampleWorkbook(new Date(), shape).then(setWorkbook);
              });
            }}
          />
          <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={!workbook} onClick={() => void download()}>{t.download}</Button>
        </header>
        {failure && (
          <MessageBar intent="error">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.main}>
          <section className={styles.sheet} aria-label={fileName}>
            {workbook ? <SheetView workbook={workbook} lang={localeOf(lang)} /> : <Spinner label={t.loading} />}
          </section>
          <aside className={styles.pane} aria-label="Task pane">
            {/* A change of Office language restarts the add-in, as Excel does. */}
            {host && <Pane key={lang} host={host} theme={theme} />}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Demo />);
