import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, ErrorCircleRegular, SaveRegular, WarningRegular } from '@fluentui/react-icons';
import { fill } from '../i18n/messages';
import { formatCount } from '../i18n/pane';
import { PERSON_FIELDS, UNIT_FIELDS, REQUIRED_FIELDS, type Field as TableField, type TableKind } from '../tables/headers';
import { columnLetter, columnNumber, problemSentence, type Problem } from '../tables/problems';
import type { MappingInput, TableMappingInput } from '../tables/staffing';
import type { TableInfo } from '../workbook/workbook';
import type { PaneContext } from './Pane';
import { capitalized } from './places';
import { rangeAddress, sheetPlace } from '../tables/addresses';
import { mappingForTable, readHeaders, sameTable, type HeaderColumn } from './session';
import { groupKey, groupProblems } from './problemGroups';

const ConfirmDialog = React.lazy(() => import('./ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })));

/** At most this many problems of a kind are listed; the count gives the rest. */
const PROBLEMS_SHOWN = 100;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  figures: { display: 'grid', gridTemplateColumns: 'auto auto', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  problems: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function DataStep({ context }: { readonly context: PaneContext }): React.JSX.Element {
  const styles = useStyles();
  const { t, input, store } = context;
  const tables = input?.listed ?? [];
  const [busy, setBusy] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  // Office task panes do not allow window.confirm: a dialog of the pane's own asks.
  const [confirmReplace, setConfirmReplace] = React.useState(false);
  const [replaced, setReplaced] = React.useState(false);

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setSaved(false);
    setReplaced(false);
    try {
      await work();
    } catch (e) {
      context.fail(e);
    } finally {
      setBusy(false);
    }
  };

  const mapping: MappingInput = {
    units: input?.mapping.units ?? null,
    people: input?.mapping.people ?? null,
  };

  const chooseTable = (kind: TableKind, index: string): Promise<void> => run(async () => {
    const table = tables[Number(index)];
    const given = table ? await mappingForTable(context.host.workbook, table, kind) : null;
    await context.reload({ ...mapping, [kind]: given });
  });

  const chooseColumn = (kind: TableKind, field: string, column: string): Promise<void> => run(async () => {
    const current = mapping[kind];
    if (!current) return;
    const columns: Record<string, number> = { ...current.columns };
    if (column === '') delete columns[field];
    else columns[field] = Number(column);
    const next: TableMappingInput<string> = { sheet: current.sheet, headerRows: current.headerRows, columns };
    await context.reload({ ...mapping, [kind]: next });
  });

  const saveMapping = (): Promise<void> => run(async () => {
    if (!input) return;
    await context.saveDocument({ ...store.document, mapping: JSON.parse(JSON.stringify(input.mapping)) as Record<string, unknown> });
    setSaved(true);
  });

  const replaceStore = (): Promise<void> => run(async () => {
    setConfirmReplace(false);
    await context.replaceDamagedStore();
    setReplaced(true);
  });

  const problems = React.useMemo(() => input?.problems ?? [], [input]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const groups = React.useMemo(() => groupProblems(problems), [problems]);

  return (
    <>
      <Body1>{t.data.intro}</Body1>
      {store.foreign !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fill(t.data.foreignStore, { sheet: store.foreign })}</MessageBarBody>
        </MessageBar>
      )}
      {(store.damaged || store.newer) && (
        <MessageBar intent={store.damaged ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>
            {store.damaged ? t.data.storeProblem : t.data.readOnly}
            {store.changedCell && <p>{fill(t.data.storeCell, store.changedCell)}</p>}
            <ul>{store.problems.slice(0, 5).map((p, i) => <li key={i}>{p.path}: {p.message}</li>)}</ul>
            {store.damaged && <Button disabled={busy} onClick={() => setConfirmReplace(true)}>{t.data.replaceStore}</Button>}
          </MessageBarBody>
        </MessageBar>
      )}
      {replaced && <MessageBar intent="success"><MessageBarBody>{t.data.storeReplaced}</MessageBarBody></MessageBar>}
      {confirmReplace && (
        <React.Suspense fallback={null}>
          <ConfirmDialog
            title={t.data.confirmReplaceTitle} text={t.data.confirmReplace} confirm={t.data.replaceStore} cancel={t.common.cancel}
            onConfirm={() => void replaceStore()} onCancel={() => setConfirmReplace(false)}
          />
        </React.Suspense>
      )}
      <section className={styles.section} aria-labelledby="tables-heading">
        <Subtitle2 as="h2" id="tables-heading">{t.data.tables}</Subtitle2>
        <TableChoice kind="units" label={t.data.unitTable} context={context} busy={busy} onChoose={chooseTable} />
        <TableChoice kind="people" label={t.data.peopleTable} context={context} busy={busy} onChoose={chooseTable} />
        <Accordion collapsible multiple>
          {(['units', 'people'] as const).map((kind) => {
            const table = input?.tables[kind] ?? null;
            const given = mapping[kind];
            if (!table || !given) return null;
            return (
              <AccordionItem value={kind} key={kind}>
                <AccordionHeader>{`${t.data.columns}: ${kind === 'units' ? t.data.unitTable : t.data.peopleTable}`}</AccordionHeader>
                <AccordionPanel>
                  <ColumnMapping
                    kind={kind}
                    table={table}
                    headerRows={given.headerRows}
                    columns={given.columns}
                    context={context}
                    busy={busy}
                    onChoose={chooseColumn}
                  />
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
        <div className={styles.row}>
          <Button icon={<ArrowClockwiseRegular />} disabled={busy} onClick={() => void run(() => context.reload(mapping))}>{t.data.reload}</Button>
          <Button icon={<SaveRegular />} appearance="primary" disabled={busy || !input || store.readOnly} onClick={() => void saveMapping()}>
            {t.data.saveMapping}
          </Button>
        </div>
        {saved && <MessageBar intent="success"><MessageBarBody>{t.data.mappingSaved}</MessageBarBody></MessageBar>}
      </section>

      {input?.staffing && <StaffingSummary context={context} />}

      <section className={styles.section} aria-labelledby="problems-heading">
        <Subtitle2 as="h2" id="problems-heading">{t.data.problems}</Subtitle2>
        {problems.length === 0 ? (
          <Body1>{t.data.noProblems}</Body1>
        ) : (
          <>
            <Body1>
              {fill(t.data.errors, { n: formatCount(errors, context.lang) })}, {fill(t.data.warnings, { n: formatCount(problems.length - errors, context.lang) })}. {t.data.blocking}
            </Body1>
            {/* By kind, errors first: one line each with its count, opened to see (and go to) each. */}
            <Accordion collapsible multiple defaultOpenItems={groups.length === 1 ? [groupKey(groups[0])] : []}>
              {groups.map((g) => (
                <AccordionItem value={groupKey(g)} key={groupKey(g)}>
                  <AccordionHeader
                    className={g.severity === 'error' ? styles.error : styles.warning}
                    icon={g.severity === 'error' ? <ErrorCircleRegular /> : <WarningRegular />}
                  >
                    {fill(t.data.groupCount, { kind: t.data.problemKinds[g.code], n: formatCount(g.problems.length, context.lang) })}
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={styles.problems}>
                      {g.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
                        <li key={i}><ProblemLink problem={p} context={context} /></li>
                      ))}
                    </ul>
                    {g.problems.length > PROBLEMS_SHOWN && <Caption1>{fill(t.data.groupMore, { n: formatCount(g.problems.length - PROBLEMS_SHOWN, context.lang) })}</Caption1>}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </>
        )}
      </section>
    </>
  );
}

function TableChoice(props: {
  readonly kind: TableKind;
  readonly label: string;
  readonly context: PaneContext;
  readonly busy: boolean;
  readonly onChoose: (kind: TableKind, index: string) => Promise<void>;
}): React.JSX.Element {
  const { kind, label, context, busy, onChoose } = props;
  const { t, input } = context;
  const tables = input?.listed ?? [];
  const current = input?.tables[kind] ?? null;
  const index = tables.findIndex((table) => sameTable(table, current));
  return (
    <Field label={label}>
      {/* As wide as the pane, not as its longest table's description: the pane scrolled sideways. */}
      <Select value={index >= 0 ? String(index) : ''} disabled={busy} style={{ width: '100%', minWidth: 0 }} onChange={(_, d) => void onChoose(kind, d.value)}>
        <option value="">{t.data.noTable}</option>
        {tables.map((table, i) => (
          <option key={i} value={String(i)}>
            {fill(t.data.tableOption, { name: table.name ?? table.sheet, place: sheetPlace(table.sheet, rangeAddress(table)), rows: formatCount(table.rows - 1, context.lang) })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function ColumnMapping(props: {
  readonly kind: TableKind;
  readonly table: TableInfo;
  readonly headerRows: readonly number[];
  readonly columns: Readonly<Record<string, number | undefined>>;
  readonly context: PaneContext;
  readonly busy: boolean;
  readonly onChoose: (kind: TableKind, field: string, column: string) => Promise<void>;
}): React.JSX.Element {
  const { kind, table, headerRows, columns, context, busy, onChoose } = props;
  const { t } = context;
  const [headers, setHeaders] = React.useState<readonly HeaderColumn[]>([]);
  React.useEffect(() => {
    let live = true;
    readHeaders(context.host.workbook, table, headerRows).then((h) => live && setHeaders(h), () => live && setHeaders([]));
    return () => {
      live = false;
    };
  }, [context.host.workbook, table, headerRows]);
  const fields: readonly string[] = kind === 'units' ? UNIT_FIELDS : PERSON_FIELDS;
  const required: readonly string[] = REQUIRED_FIELDS[kind];
  return (
    <div>
      {fields.map((field) => (
        <Field key={field} label={capitalized(t.problems.fields[field as TableField], context.lang)} required={required.includes(field)} orientation="horizontal">
          <Select value={columns[field] === undefined ? '' : String(columns[field])} disabled={busy} onChange={(_, d) => void onChoose(kind, field, d.value)}>
            <option value="">{t.data.notMapped}</option>
            {headers.map((h) => (
              <option key={h.column} value={String(h.column)}>
                {fill(t.data.columnOption, { letter: columnLetter(h.column), header: h.text })}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}

function StaffingSummary({ context }: { readonly context: PaneContext }): React.JSX.Element | null {
  const styles = useStyles();
  const { t, input } = context;
  const staffing = input?.staffing;
  const levels = React.useMemo(() => {
    const byLevel = new Map<string, { units: number; people: number; quota: number }>();
    if (!staffing) return byLevel;
    const levelOf = new Map<string, string>();
    for (const u of staffing.units) {
      levelOf.set(u.id, u.level);
      const l = byLevel.get(u.level) ?? { units: 0, people: 0, quota: 0 };
      l.units++;
      l.quota += u.quota;
      byLevel.set(u.level, l);
    }
    for (const p of staffing.people) {
      const l = byLevel.get(levelOf.get(p.unitId) ?? '');
      if (l) l.people++;
    }
    return byLevel;
  }, [staffing]);
  if (!staffing) return null;
  const n = (v: number): string => formatCount(v, context.lang);
  const quota = staffing.units.reduce((s, u) => s + u.quota, 0);
  return (
    <section className={styles.section} aria-labelledby="summary-heading">
      <Subtitle2 as="h2" id="summary-heading">{t.data.summary}</Subtitle2>
      <Table size="small" aria-labelledby="summary-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.data.byLevel}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.data.units}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.data.people}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.data.quota}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...levels].map(([level, l]) => (
            <TableRow key={level}>
              <TableCell>{level}</TableCell>
              <TableCell className={styles.number}>{n(l.units)}</TableCell>
              <TableCell className={styles.number}>{n(l.people)}</TableCell>
              <TableCell className={styles.number}>{n(l.quota)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell><strong>{t.data.total}</strong></TableCell>
            <TableCell className={styles.number}><strong>{n(staffing.units.length)}</strong></TableCell>
            <TableCell className={styles.number}><strong>{n(staffing.people.length)}</strong></TableCell>
            <TableCell className={styles.number}><strong>{n(quota)}</strong></TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
}

function ProblemLink({ problem, context }: { readonly problem: Problem; readonly context: PaneContext }): React.JSX.Element {
  const text = problemSentence(problem, context.lang, context.t.problems);
  if (problem.sheet === '' || problem.row === null) return <span>{text}</span>;
  const column = problem.column === null ? 1 : columnNumber(problem.column);
  const place = sheetPlace(problem.sheet, `${problem.column ?? 'A'}${problem.row}`);
  return (
    <Link
      as="button"
      inline
      title={fill(context.t.data.goTo, { place })}
      onClick={() => context.host.workbook.select(problem.sheet, problem.row as number, column).catch(context.fail)}
    >
      {text}
    </Link>
  );
}
