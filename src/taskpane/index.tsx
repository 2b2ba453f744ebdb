import { createRoot } from 'react-dom/client';
import { langOf } from '../i18n/pane';
import { ExcelWorkbook } from '../workbook/excel';
import { Pane, type Theme } from './Pane';
import { workerSimulator } from './simulation';

/**
 * The add-in's composition root: the only place that touches Office. It wires the office-js adapter,
 * the simulation worker, the display language and the theme to the pane.
 */

function officeTheme(): Theme {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return 'light';
  const hex = background.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  // Relative luminance, roughly: a dark Office theme has a dark task pane background.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

void Office.onReady(() => {
  const workbook = new ExcelWorkbook((batch) => Excel.run(batch), {
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
  const simulator = workerSimulator(() => new Worker(new URL('./simulation.worker.ts', import.meta.url)));
  const host = { workbook, simulator, lang: langOf(Office.context.displayLanguage), now: () => new Date() };
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const render = (): void => root.render(<Pane host={host} theme={officeTheme()} />);
  render();
  // Excel tells the pane when the planner changes the Office theme (where the host supports it).
  try {
    const themeChanged = (Office.EventType as unknown as Record<string, Office.EventType | undefined>).OfficeThemeChanged;
    if (themeChanged) Office.context.document.addHandlerAsync(themeChanged, render);
  } catch {
    // Older hosts: the theme read at start stays.
  }
});
