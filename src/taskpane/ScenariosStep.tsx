import { storeText } from '../workbook/workbook';
import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, ArrowUploadRegular, CopyRegular, DeleteRegular, EditRegular, PlayRegular, SparkleRegular, TableAddRegular } from '@fluentui/react-icons';
import type { Scenario } from '../domain/scenario';
import { fill } from '../i18n/messages';
import { formatCount } from '../i18n/pane';
import type { PaneContext } from './Pane';
import { ScenarioEditor } from './ScenarioEditor';
import { localDay, NOT_READ, runState } from './session';
import { SCENARIO_SHEET_KINDS, sheetName } from '../sheets/names';
import { LANGS } from '../i18n/messages';
import { exportScenarios, exportSheet, freeCode, freeName, freeSheetName, importScenarios } from './scenarioFiles';
import { readFile, saveFile } from './files';
import { useInitialFocus } from './ConfirmDialog';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

type Editing = { readonly index: number | null; readonly scenario: Scenario } | null;

// The Suggest step and its solver load when first opened, not with the pane.
const SuggestPanel = React.lazy(() => import('./SuggestPanel').then((m) => ({ default: m.SuggestPanel })));

export function ScenariosStep({ context }: { readonly context: PaneContext }): React.JSX.Element {
  const styles = useStyles();
  const { t, store, input } = context;
  const [editing, setEditing] = React.useState<Editing>(null);
  const [suggesting, setSuggesting] = React.useState(false);
  const [message, setMessage] = React.useState<{ intent: 'success' | 'error' | 'warning'; lines: string[] } | null>(null);
  // A message is written in the language of its moment: after a switch it would stay in the other one.
  React.useEffect(() => setMessage(null), [context.lang]);
  const fileInput = React.useRef<HTMLInputElement>(null);
  // Office task panes do not allow window.confirm: a dialog of the pane's own asks.
  const [confirming, setConfirming] = React.useState<Scenario | null>(null);
  // The delete dialog's keyboard starts on Cancel.
  const cancelButton = useInitialFocus(confirming !== null);
  // Its sheets, in either language, that the workbook has: offered for deletion with the scenario.
  const [sheetsOf, setSheetsOf] = React.useState<readonly string[]>([]);
  const [withSheets, setWithSheets] = React.useState(true);
  const scenarios = store.document.scenarios;
  const readOnly = store.readOnly;
  // Where the keyboard goes back once the editor or the delete dialog closes (a button's data-focus):
  // it was left on the page's body, and a keyboard user had to find their place from the top again.
  const [focusAfter, setFocusAfter] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (focusAfter === null || editing !== null || confirming !== null) return;
    const found = document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusAfter)}"]`);
    if (found) {
      found.focus();
      setFocusAfter(null);
    }
  }, [focusAfter, editing, confirming]);

  const save = (next: readonly Scenario[]): Promise<void> => context.saveDocument({ ...store.document, scenarios: next });

  if (editing !== null && input?.staffing) {
    return (
      <ScenarioEditor
        context={context}
        staffing={input.staffing}
        initial={editing.scenario}
        readOnly={readOnly}
        others={scenarios.filter((_, i) => i !== editing.index)}
        onCancel={() => {
          setFocusAfter(editing.index === null ? 'create' : `edit:${editing.scenario.code}`);
          setEditing(null);
        }}
        onSave={async (scenario) => {
          const next = editing.index === null ? [...scenarios, scenario] : scenarios.map((s, i) => (i === editing.index ? scenario : s));
          await save(next);
          setFocusAfter(`edit:${scenario.code}`);
          setEditing(null);
          setMessage({ intent: 'success', lines: [t.editor.saved] });
        }}
      />
    );
  }

  if (suggesting && input?.staffing) {
    const today = localDay(context.host.now()).slice(0, 7);
    return (
      <React.Suspense fallback={<Spinner label={t.suggest.heading} />}>
        <SuggestPanel
          context={context}
          staffing={input.staffing}
          code={freeCode('DX', scenarios.map((s) => s.code))}
          // The stored scenarios' start month (the sample's), else this month.
          startMonth={scenarios.find((s) => s.settings?.startMonth)?.settings?.startMonth ?? today}
          onSave={(scenario) => save([...store.document.scenarios, scenario])}
          onBack={() => setSuggesting(false)}
        />
      </React.Suspense>
    );
  }

  const create = (): void => {
    const code = freeCode('KB1', scenarios.map((s) => s.code));
    setEditing({ index: null, scenario: { code, name: '', operations: [] } });
  };

  const duplicate = async (s: Scenario): Promise<void> => {
    const name = freeName(fill(t.scenarios.copyOf, { name: s.name }), scenarios.map((x) => x.name));
    const copy = { ...s, code: freeCode(s.code, scenarios.map((x) => x.code)), name };
    await save([...scenarios, copy]).catch(context.fail);
  };

  const askDelete = (s: Scenario): void => {
    setConfirming(s);
    setSheetsOf([]);
    setWithSheets(true);
    void context.host.workbook.sheetNames().then((names) => {
      const ours = new Set(SCENARIO_SHEET_KINDS.flatMap((kind) => LANGS.map((lang) => sheetName(s.code, kind, lang).toLocaleLowerCase())));
      setSheetsOf(names.filter((n) => ours.has(n.toLocaleLowerCase())));
    }, context.fail);
  };
  const cancelDelete = (): void => {
    if (confirming) setFocusAfter(`delete:${confirming.code}`);
    setConfirming(null);
  };
  const remove = async (s: Scenario): Promise<void> => {
    setFocusAfter('create');
    setConfirming(null);
    try {
      if (withSheets && sheetsOf.length > 0) await context.host.workbook.apply({ remove: sheetsOf, write: [], store: null });
      await save(scenarios.filter((x) => x !== s));
    } catch (e) {
      context.fail(e);
    }
  };

  const importFile = async (file: File): Promise<void> => {
    const opened = await readFile(file);
    let text: string | null;
    if (/\.xls[xm]$/i.test(opened.name)) {
      // The package reader is loaded only when a workbook is imported; it checks what the file is,
      // and its limits, before reading the store.
      const { PackageWorkbookReader } = await import('../workbook/packageRead');
      const { WorkbookFileError, fileFaultMessage } = await import('../workbook/fileFaults');
      try {
        text = storeText(await PackageWorkbookReader.open(new Uint8Array(opened.bytes)).readStore());
      } catch (e) {
        if (!(e instanceof WorkbookFileError)) throw e;
        setMessage({ intent: 'error', lines: [fileFaultMessage(e.fault, opened.name, context.lang)] });
        return;
      }
      // A workbook without a store is not a bad JSON file: it has nothing to import.
      if (text === null) {
        setMessage({ intent: 'warning', lines: [fill(t.scenarios.noStoreInWorkbook, { file: opened.name })] });
        return;
      }
    } else text = new TextDecoder().decode(opened.bytes);
    const result = importScenarios(text, scenarios, context.lang);
    if (result.problems.length > 0) {
      setMessage({ intent: 'error', lines: [t.scenarios.importProblems, ...result.problems.slice(0, 8).map((p) => `${p.path}: ${p.message}`)] });
      return;
    }
    if (result.scenarios.length > 0) await save([...scenarios, ...result.scenarios]);
    setMessage({
      intent: result.renamed.length > 0 ? 'warning' : 'success',
      lines: [
        fill(t.scenarios.imported, { n: formatCount(result.scenarios.length, context.lang) }),
        ...(result.skipped > 0 ? [fill(t.scenarios.skippedOnImport, { n: formatCount(result.skipped, context.lang) })] : []),
        ...result.renamed.map((r) => fill(t.scenarios.renamedOnImport, r)),
      ],
    });
  };

  const tables = input ?? NOT_READ;
  return (
    <>
      <Body1>{t.scenarios.intro}</Body1>
      {readOnly && (
        // Why nothing can be changed here: said in full in the Data step.
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {store.foreign !== null ? fill(t.data.foreignStore, { sheet: store.foreign }) : store.damaged ? t.data.storeProblem : t.data.readOnly}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} disabled={readOnly || !input?.staffing} onClick={create} data-focus="create">{t.scenarios.create}</Button>
        <Button icon={<SparkleRegular />} disabled={readOnly || !input?.staffing} onClick={() => setSuggesting(true)}>{t.suggest.open}</Button>
        <Button icon={<ArrowUploadRegular />} disabled={readOnly} onClick={() => fileInput.current?.click()}>{t.scenarios.import}</Button>
        <Button icon={<ArrowDownloadRegular />} disabled={scenarios.length === 0} onClick={() => saveFile(t.scenarios.exportName, exportScenarios(scenarios), 'application/json')}>
          {t.scenarios.export}
        </Button>
        {/* Excel on Mac may block downloads from a task pane: a sheet and the clipboard are the other ways out. */}
        <Button
          icon={<TableAddRegular />}
          disabled={scenarios.length === 0}
          onClick={() => void (async () => {
            const name = freeSheetName(t.scenarios.exportSheetName, await context.host.workbook.sheetNames());
            await context.host.workbook.apply({ remove: [], write: [exportSheet(scenarios, name, t.scenarios.exportSheetNote)], store: null });
            setMessage({ intent: 'success', lines: [fill(t.scenarios.exportSheetDone, { sheet: name })] });
          })().catch(context.fail)}
        >
          {t.scenarios.exportSheet}
        </Button>
        <Button
          icon={<CopyRegular />}
          disabled={scenarios.length === 0}
          onClick={() => {
            navigator.clipboard.writeText(exportScenarios(scenarios)).then(
              () => setMessage({ intent: 'success', lines: [t.scenarios.copied] }),
              () => setMessage({ intent: 'warning', lines: [t.scenarios.copyFailed] }),
            );
          }}
        >
          {t.scenarios.copy}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,.xlsx,application/json"
          aria-label={t.scenarios.import}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file).catch((err: unknown) => setMessage({ intent: 'error', lines: [String(err)] }));
          }}
        />
      </div>
      <Dialog open={confirming !== null} onOpenChange={(_, d) => !d.open && cancelDelete()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.scenarios.delete}</DialogTitle>
            <DialogContent>
              {confirming ? fill(sheetsOf.length > 0 ? t.scenarios.confirmDeleteSheets : t.scenarios.confirmDelete, { code: confirming.code }) : ''}
              {sheetsOf.length > 0 && (
                <Checkbox
                  checked={withSheets}
                  label={fill(t.scenarios.deleteSheets, { n: sheetsOf.length, sheets: sheetsOf.join(', ') })}
                  onChange={(_, d) => setWithSheets(d.checked === true)}
                />
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => confirming && void remove(confirming)}>{t.scenarios.delete}</Button>
              <Button ref={cancelButton} onClick={cancelDelete}>{t.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.lines.map((l, i) => <div key={i}>{l}</div>)}</MessageBarBody>
        </MessageBar>
      )}
      {scenarios.length === 0 ? (
        <Body1>{t.scenarios.none}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t.steps.scenarios}>
          {scenarios.map((s, i) => {
            const state = runState(store.document, s.code, tables);
            return (
              <li key={s.code}>
                <Card size="small">
                  <CardHeader
                    header={<Text weight="semibold">{`${s.code} — ${s.name}`}</Text>}
                    description={
                      <Caption1>
                        {fill(t.scenarios.operations, { n: s.operations.length })}{' '}
                        <Badge appearance="tint" color={state === 'current' ? 'success' : state === 'outOfDate' ? 'warning' : 'informative'}>
                          {t.scenarios.state[state]}
                        </Badge>
                      </Caption1>
                    }
                  />
                  <div className={styles.actions}>
                    <Button
                      size="small" icon={<EditRegular />} disabled={!input?.staffing} aria-label={`${readOnly ? t.scenarios.view : t.common.edit} ${s.code}`} data-focus={`edit:${s.code}`}
                      onClick={() => setEditing({ index: i, scenario: s })}
                    >
                      {readOnly ? t.scenarios.view : t.common.edit}
                    </Button>
                    <Button size="small" icon={<CopyRegular />} disabled={readOnly} aria-label={`${t.scenarios.duplicate} ${s.code}`} onClick={() => void duplicate(s)}>{t.scenarios.duplicate}</Button>
                    <Button size="small" icon={<DeleteRegular />} disabled={readOnly} aria-label={`${t.scenarios.delete} ${s.code}`} data-focus={`delete:${s.code}`} onClick={() => askDelete(s)}>{t.scenarios.delete}</Button>
                    <Button
                      size="small"
                      icon={<PlayRegular />}
                      aria-label={`${t.steps.run} ${s.code}`}
                      onClick={() => {
                        context.pick([s.code], true);
                        context.go('run');
                      }}
                    >
                      {t.steps.run}
                    </Button>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
