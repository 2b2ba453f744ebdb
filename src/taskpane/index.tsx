import { createRoot } from 'react-dom/client';
import { langOf } from '../i18n/pane';
import { ExcelWorkbook } from '../workbook/excel';
import { Pane, type Theme } from './Pane';
import { workerSimulator } from './simulation';
import { workerSuggester } from './suggestion';

/**
 * The add-in's composition root: the only place that touches Office. It wires the office-js adapter,
 * the simulation worker, the display language and the theme to the pane.
 */

const root = createRoot(document.getElementById('root') as HTMLElement);

/** Before the pane can run, in both languages (Office's language is not known yet). */
function notice(vi: string, en: string): void {
  root.render(
    <div role="alert" style={{ padding: 16, lineHeight: 1.5 }}>
      <p lang="vi">{vi}</p>
      <p lang="en">{en}</p>
    </div>,
  );
}

/** Office says whether its theme is dark where it can (isDarkTheme); elsewhere the pane's background tells. */
function officeTheme(): Theme {
  const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  if (typeof theme?.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const background = theme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return 'light';
  const hex = background.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  // Relative luminance, roughly: a dark Office theme has a dark task pane background.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

function start(): void {
  const workbook = new ExcelWorkbook((batch) => Excel.run(batch), {
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
  const simulator = workerSimulator(() => new Worker(new URL('./simulation.worker.ts', import.meta.url)));
  const suggester = workerSuggester(() => new Worker(new URL('./suggest.worker.ts', import.meta.url)));
  const host = { workbook, simulator, suggester, lang: langOf(Office.context.displayLanguage), now: () => new Date() };
  const render = (): void => root.render(<Pane host={host} theme={officeTheme()} />);
  render();
  // Excel has no theme-change event for add-ins: the theme is read again whenever the pane is shown.
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) render();
  });
}

if (typeof Office === 'undefined') {
  notice(
    'Không tải được thư viện Office (office.js). Kiểm tra kết nối mạng rồi mở lại phần bổ trợ.',
    "Office's library (office.js) could not be loaded. Check the network connection, then open the add-in again.",
  );
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      notice('Phần bổ trợ này chạy trong Excel.', 'This add-in runs in Excel.');
      return;
    }
    try {
      start();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      notice(`Không khởi động được: ${message}`, `The add-in could not start: ${message}`);
    }
  });
}
