import * as React from 'react';
import {
  Button,
  Caption1,
  Checkbox,
  Combobox,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TagGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, CopyRegular, DeleteRegular, TableCursorRegular } from '@fluentui/react-icons';
import type { Person, Role, Scalar, Staffing, Unit } from '../domain/model';
import type { Filter, FilterOp, PersonSelector, PostMatch, PostTarget, UnitSelector } from '../domain/scenario';
import { numberComparedWithText } from '../domain/selection';
import { foldText } from '../domain/text';
import { fill } from '../i18n/messages';
import { formatCount, type PaneText } from '../i18n/pane';
import type { Lang } from '../i18n/messages';
import type { SelectionPreview } from '../app/preview';
import type { OpenWorkbook } from '../workbook/workbook';
import { pickedRows, type PickKind } from './pickedRows';
import { filterValueText, parseFilterValue, valueSuggestions, withSuggestion } from './ruleValues';
import { searchEntries } from './search';
import { NumberField } from './NumberField';

/** What every selector field needs besides its value. */
export interface SelectorEnv {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly staffing: Staffing;
  readonly workbook: OpenWorkbook;
  readonly preview: SelectionPreview;
  /** Prefix of element ids, unique per operation. */
  readonly id: string;
}

/** Options shown by a picker at once; typing narrows the rest. */
const PICKER_OPTIONS = 50;

const useStyles = makeStyles({
  suggestions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  matches: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '12em', overflowY: 'auto', overflowWrap: 'anywhere' },
  // Fieldsets are as wide as their content by default (min-width: min-content): without min-width 0
  // nested selectors push the pane wider than Excel's.
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  plain: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  filter: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalXS, alignItems: 'end' },
  filterValue: { gridColumn: '1 / span 2', display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'end', minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  // Selects keep their content's width unless told otherwise, and push a narrow pane wider.
  shrink: { minWidth: 0, width: '100%' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  note: { color: tokens.colorNeutralForeground3 },
  // Picked items wrap onto more lines, each as wide as the pane at most, its name wrapping too.
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  tag: { maxWidth: '100%', height: 'auto', minHeight: '24px' },
  tagText: { whiteSpace: 'normal', overflowWrap: 'anywhere', paddingTop: '2px', paddingBottom: '2px' },
});

const FILTER_OPS: readonly FilterOp[] = ['eq', 'ne', 'in', 'notIn', 'contains', 'startsWith', 'gt', 'gte', 'lt', 'lte'];
const UNIT_FIELD_KEYS = ['level', 'kind', 'locality', 'name', 'id', 'parent', 'quota', 'surplus', 'vacancies', 'deputies'];
const PERSON_FIELD_KEYS = [
  'title', 'role', 'gender', 'age', 'yearsToRetirement', 'name', 'id', 'unit.level', 'unit.kind', 'unit.locality', 'unit.id',
  'unit.surplus', 'unit.vacancies', 'unit.deputies',
];

/** Extra columns of the tables, usable in rules by their header. */
function extraFields(records: readonly { extra: Readonly<Record<string, Scalar>> }[]): string[] {
  const keys = new Set<string>();
  for (const r of records.slice(0, 50)) for (const k of Object.keys(r.extra)) keys.add(k);
  return [...keys];
}

export function unitFieldOptions(t: PaneText, staffing: Staffing): { value: string; label: string }[] {
  return [
    ...UNIT_FIELD_KEYS.map((k) => ({ value: k, label: t.selector.unitFields[k] ?? k })),
    ...extraFields(staffing.units).map((k) => ({ value: k, label: k })),
  ];
}

export function personFieldOptions(t: PaneText, staffing: Staffing): { value: string; label: string }[] {
  return [
    ...PERSON_FIELD_KEYS.map((k) => ({ value: k, label: t.selector.personFields[k] ?? k })),
    ...extraFields(staffing.people).map((k) => ({ value: k, label: k })),
  ];
}

export function FilterList(props: {
  readonly env: SelectorEnv;
  readonly kind: PickKind;
  readonly value: readonly Filter[];
  readonly onChange: (value: readonly Filter[]) => void;
}): React.JSX.Element {
  const { env, kind, value, onChange } = props;
  const styles = useStyles();
  const { t } = env;
  const fields = kind === 'units' ? unitFieldOptions(t, env.staffing) : personFieldOptions(t, env.staffing);
  const update = (i: number, f: Filter): void => onChange(value.map((g, j) => (j === i ? f : g)));
  return (
    <div className={styles.plain} role="group" aria-label={t.selector.conditions}>
      <span className={styles.legend}>{t.selector.conditions}</span>
      {value.length === 0 && kind === 'units' && <Caption1 className={styles.note}>{t.selector.allUnits}</Caption1>}
      {value.map((f, i) => {
        const op = f.op ?? (Array.isArray(f.value) ? 'in' : 'eq');
        const base = `${env.id}-${kind}-f${i}`;
        const needsNumber = numberComparedWithText(f);
        return (
          <div key={i} className={styles.filter}>
            <Field className={styles.shrink} label={t.selector.field}>
              <Select className={styles.shrink} id={`${base}-field`} value={f.field} onChange={(_, d) => update(i, { ...f, field: d.value })}>
                {!fields.some((o) => o.value === f.field) && <option value={f.field}>{f.field}</option>}
                {fields.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            </Field>
            <Field className={styles.shrink} label={t.selector.comparison}>
              <Select
                className={styles.shrink}
                id={`${base}-op`}
                value={op}
                onChange={(_, d) => {
                  const next = d.value as FilterOp;
                  update(i, { ...f, op: next, value: parseFilterValue(filterValueText(f.value), next) });
                }}
              >
                {FILTER_OPS.map((o) => <option key={o} value={o}>{t.selector.ops[o]}</option>)}
              </Select>
            </Field>
            <div className={styles.filterValue}>
              <Field
                className={styles.grow} label={t.selector.value} hint={op === 'in' || op === 'notIn' ? t.selector.valueListHint : undefined}
                validationState={needsNumber ? 'error' : 'none'} validationMessage={needsNumber ? t.selector.numberNeeded : undefined}
              >
                {f.field.endsWith('role') && (op === 'eq' || op === 'ne') ? (
                  // Roles are stored as head / deputy / staff: chosen by their names, never typed.
                  <Select id={`${base}-value`} value={String(f.value)} onChange={(_, d) => update(i, { ...f, op, value: d.value })}>
                    {!['head', 'deputy', 'staff'].includes(String(f.value)) && <option value={String(f.value)}>{String(f.value)}</option>}
                    <option value="head">{t.operation.roles.head}</option>
                    <option value="deputy">{t.operation.roles.deputy}</option>
                    <option value="staff">{t.operation.roles.staff}</option>
                  </Select>
                ) : (
                  <FilterValueInput
                    id={`${base}-value`}
                    value={f.value}
                    op={op}
                    values={() => env.preview.values(kind, f.field)}
                    label={t.selector.valueSuggestions}
                    onCommit={(text) => update(i, { ...f, op, value: parseFilterValue(text, op) })}
                  />
                )}
              </Field>
              <Button
                icon={<DeleteRegular />}
                aria-label={fill(t.selector.removeCondition, { n: i + 1 })}
                title={t.common.remove}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              />
            </div>
          </div>
        );
      })}
      <div>
        <Button
          size="small"
          icon={<AddRegular />}
          onClick={() => onChange([...value, { field: fields[0].value, op: 'eq', value: '' }])}
        >
          {t.selector.addCondition}
        </Button>
      </div>
    </div>
  );
}

/**
 * Typed text is kept as typed while editing, and parsed when the field is left or Enter is pressed.
 * While typing, the values in the data that match (accents and case aside) are offered below it.
 */
function FilterValueInput(props: {
  readonly id: string; readonly value: Filter['value']; readonly op: FilterOp; readonly label: string;
  readonly values: () => readonly string[]; readonly onCommit: (text: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState(filterValueText(props.value));
  const [typing, setTyping] = React.useState(false);
  React.useEffect(() => setText(filterValueText(props.value)), [props.value]);
  const offered = typing ? valueSuggestions(props.values(), text, props.op) : [];
  const choose = (value: string): void => {
    const next = withSuggestion(text, value, props.op);
    setText(next);
    setTyping(false);
    props.onCommit(next);
  };
  return (
    <>
      <Input
        id={props.id}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          setTyping(true);
        }}
        onBlur={() => {
          setTyping(false);
          props.onCommit(text);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onCommit(text);
          if (e.key === 'Escape') setTyping(false);
        }}
      />
      {offered.length > 0 && (
        <div role="group" aria-label={props.label} className={styles.suggestions}>
          {offered.map((v) => (
            // Chosen with the mouse without leaving the field first (its blur would commit the text typed).
            <Button key={v} size="small" appearance="outline" onMouseDown={(e) => e.preventDefault()} onClick={() => choose(v)}>{v}</Button>
          ))}
        </div>
      )}
    </>
  );
}

type Record_ = Pick<Unit, 'id' | 'name'> | Pick<Person, 'id' | 'name'>;

function describeRecord(r: Record_, unitNames: ReadonlyMap<string, string>): string {
  if ('title' in r) {
    const p = r as Person;
    return `${p.name} — ${p.title}, ${unitNames.get(p.unitId) ?? p.unitId} (${p.id})`;
  }
  return `${r.name} (${r.id})`;
}

/** A searchable list of units or people: accents and case are ignored; ids are chosen. */
export function Picker(props: {
  readonly env: Pick<SelectorEnv, 't' | 'lang' | 'staffing' | 'workbook' | 'id'>;
  readonly kind: PickKind;
  readonly label: string;
  readonly chosen: readonly string[];
  readonly multiple: boolean;
  readonly onChange: (ids: readonly string[]) => void;
}): React.JSX.Element {
  const { env, kind, label, chosen, multiple, onChange } = props;
  const styles = useStyles();
  const { t, staffing } = env;
  const [query, setQuery] = React.useState('');
  const [message, setMessage] = React.useState<string | null>(null);
  const records: readonly Record_[] = kind === 'units' ? staffing.units : staffing.people;
  const unitNames = React.useMemo(() => new Map(staffing.units.map((u) => [u.id, u.name])), [staffing]);
  const byId = React.useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const index = React.useMemo(
    () => records.map((r) => ({ id: r.id, name: r.name, value: r, key: foldText(`${r.id} ${describeRecord(r, unitNames)}`) })),
    [records, unitNames],
  );
  const found = React.useMemo(() => searchEntries(index, query), [index, query]);
  const add = (ids: readonly string[]): void => {
    const next = multiple ? [...chosen, ...ids.filter((id) => !chosen.includes(id))] : ids.slice(0, 1);
    onChange(next);
  };
  const fromSelection = async (): Promise<void> => {
    const selection = await env.workbook.selection().catch(() => null);
    const ids = selection ? pickedRows(selection, staffing, kind) : [];
    setMessage(ids.length === 0
      ? fill(t.selector.fromSelectionNone, { kind: kind === 'units' ? t.operation.units.toLowerCase() : t.operation.people.toLowerCase() })
      : fill(t.selector.fromSelectionDone, { n: formatCount(multiple ? ids.length : 1, env.lang) }));
    if (ids.length > 0) add(ids);
  };
  const inputId = `${env.id}-${kind}-picker`;
  return (
    <div className={styles.plain} role="group" aria-label={label}>
      <Field label={label} hint={kind === 'units' ? t.selector.searchUnits : t.selector.searchPeople}>
        <Combobox
          id={inputId}
          freeform
          value={query}
          placeholder={t.selector.search}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onOptionSelect={(_, d) => {
            if (d.optionValue) add([d.optionValue]);
            setQuery('');
          }}
        >
          {found.slice(0, PICKER_OPTIONS).map((e) => (
            <Option key={e.id} value={e.id} text={describeRecord(e.value, unitNames)}>
              {describeRecord(e.value, unitNames)}
            </Option>
          ))}
          {query.trim() !== '' && found.length === 0 && <Option disabled value="" text={t.selector.noMatch}>{t.selector.noMatch}</Option>}
        </Combobox>
      </Field>
      {found.length > PICKER_OPTIONS && <Caption1 className={styles.note}>{fill(t.selector.moreMatches, { n: formatCount(found.length, env.lang) })}</Caption1>}
      {chosen.length > 1 && <Caption1 className={styles.note}>{fill(t.selector.pickedCount, { n: formatCount(chosen.length, env.lang) })}</Caption1>}
      {chosen.length > 0 && (
        <TagGroup
          className={styles.tags}
          aria-label={label}
          onDismiss={(_, d) => onChange(chosen.filter((id) => id !== d.value))}
        >
          {chosen.map((id) => {
            const r = byId.get(id);
            const name = r ? describeRecord(r, unitNames) : id;
            return (
              <Tag
                key={id}
                className={styles.tag}
                primaryText={{ className: styles.tagText }}
                value={id}
                dismissible
                dismissIcon={{ 'aria-label': fill(t.selector.removeItem, { name }) }}
              >
                {name}
              </Tag>
            );
          })}
        </TagGroup>
      )}
      <div className={styles.row}>
        <Button size="small" icon={<TableCursorRegular />} onClick={() => void fromSelection()}>{t.selector.fromSelection}</Button>
        {message && <Caption1 role="status">{message}</Caption1>}
      </div>
    </div>
  );
}

/** At most this many matches are listed under a rule; the count gives the rest. */
const MATCHES_SHOWN = 50;

/** A rule's count as it stands, and the list of what it matches when the planner opens it. */
function MatchCount(props: {
  readonly env: SelectorEnv; readonly kind: 'units' | 'people'; readonly selector: UnitSelector | PersonSelector; readonly count: number;
}): React.JSX.Element {
  const { env, kind, selector, count } = props;
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  // Listed only while open: the count alone follows every keystroke.
  const list = open ? env.preview.matched(kind, selector, MATCHES_SHOWN) : null;
  return (
    <div>
      <Caption1 role="status">{fill(env.t.selector.matches, { n: formatCount(count, env.lang) })}</Caption1>
      {count > 0 && (
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary><Caption1>{env.t.selector.showMatches}</Caption1></summary>
          {list && (
            <ul className={styles.matches} aria-label={fill(env.t.selector.matches, { n: formatCount(count, env.lang) })}>
              {list.items.map((item) => <li key={item.id}><Caption1>{item.label}</Caption1></li>)}
            </ul>
          )}
          {list && list.total > list.items.length && <Caption1>{fill(env.t.selector.moreListed, { n: formatCount(list.total - list.items.length, env.lang) })}</Caption1>}
        </details>
      )}
    </div>
  );
}

function ModeChoice(props: { readonly env: SelectorEnv; readonly name: string; readonly rule: boolean; readonly onChange: (rule: boolean) => void }): React.JSX.Element {
  const { t } = props.env;
  return (
    <RadioGroup layout="horizontal" name={props.name} value={props.rule ? 'rule' : 'ids'} onChange={(_, d) => props.onChange(d.value === 'rule')}>
      <Radio value="ids" label={t.selector.chosen} />
      <Radio value="rule" label={t.selector.rule} />
    </RadioGroup>
  );
}

export function UnitSelectorField(props: {
  readonly env: SelectorEnv;
  readonly label: string;
  readonly value: UnitSelector;
  readonly onChange: (value: UnitSelector) => void;
  /** Only one unit in the single form (a destination). */
  readonly single?: boolean;
  /** Fields of the post in those units (title, role), shown inside the same frame. */
  readonly children?: React.ReactNode;
}): React.JSX.Element {
  const { env, label, value, onChange } = props;
  const styles = useStyles();
  const rule = 'where' in value;
  const count = env.preview.units(value);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{label}</legend>
      <ModeChoice env={env} name={`${env.id}-${label}-mode`} rule={rule} onChange={(r) => onChange(r ? { where: [] } : { ids: [] })} />
      {rule ? (
        <FilterList env={env} kind="units" value={value.where} onChange={(where) => onChange({ where })} />
      ) : (
        <Picker env={env} kind="units" label={label} chosen={value.ids} multiple={!props.single} onChange={(ids) => onChange({ ids })} />
      )}
      {rule && count !== null && <MatchCount env={env} kind="units" selector={value} count={count} />}
      {props.children}
    </fieldset>
  );
}

export function PersonSelectorField(props: {
  readonly env: SelectorEnv;
  readonly label: string;
  readonly value: PersonSelector;
  readonly onChange: (value: PersonSelector) => void;
  /** One person at most, chosen by name (the head of a merged unit). */
  readonly singleChoice?: boolean;
  readonly hint?: string;
}): React.JSX.Element {
  const { env, label, value, onChange } = props;
  const styles = useStyles();
  const { t } = env;
  const count = env.preview.people(value);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{label}</legend>
      {props.hint && <Caption1 className={styles.note}>{props.hint}</Caption1>}
      {!props.singleChoice && (
        <ModeChoice env={env} name={`${env.id}-${label}-mode`} rule={'where' in value} onChange={(r) => onChange(r ? { where: [] } : { ids: [] })} />
      )}
      {'where' in value ? (
        <>
          <FilterList env={env} kind="people" value={value.where} onChange={(where) => onChange({ ...value, where })} />
          <div className={styles.row}>
            <NumberField
              label={t.selector.limit} value={value.limit} min={1} max={1_000_000} optional invalidText={t.common.wholeNumberInvalid}
              onChange={(n) => onChange(withOptional(value, 'limit', n))}
            />
            <Field label={t.selector.limitPer}>
              <Select
                value={value.limitPer ?? ''}
                onChange={(_, d) => onChange(withOptional(value, 'limitPer', d.value))}
              >
                <option value="">{t.common.none}</option>
                {unitFieldOptions(t, env.staffing).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            </Field>
          </div>
          {count !== null && <MatchCount env={env} kind="people" selector={value} count={count} />}
        </>
      ) : (
        <Picker env={env} kind="people" label={label} chosen={value.ids} multiple={!props.singleChoice} onChange={(ids) => onChange({ ids })} />
      )}
    </fieldset>
  );
}

function RoleSelect(props: { readonly env: SelectorEnv; readonly value: Role | undefined; readonly onChange: (r: Role | undefined) => void }): React.JSX.Element {
  const { t } = props.env;
  return (
    <Field label={t.operation.role}>
      <Select value={props.value ?? ''} onChange={(_, d) => props.onChange(d.value === '' ? undefined : (d.value as Role))}>
        <option value="">{t.operation.roles.any}</option>
        <option value="head">{t.operation.roles.head}</option>
        <option value="deputy">{t.operation.roles.deputy}</option>
        <option value="staff">{t.operation.roles.staff}</option>
      </Select>
    </Field>
  );
}

/** Sets or removes an optional key, so that a cleared field leaves no empty value in the document. */
export function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

export function PostTargetField(props: {
  readonly env: SelectorEnv;
  readonly label: string;
  readonly value: PostTarget;
  readonly onChange: (value: PostTarget) => void;
}): React.JSX.Element {
  const { env, label, value, onChange } = props;
  const styles = useStyles();
  const { t } = env;
  return (
    <UnitSelectorField
      env={env}
      label={label}
      value={value.unit}
      // Picked units keep `assign` only while there are several of them to assign in order.
      onChange={(unit) => onChange(withOptional({ ...value, unit }, 'assign', 'ids' in unit && unit.ids.length > 1 ? value.assign : undefined))}
    >
      {'ids' in value.unit && value.unit.ids.length > 1 && (
        <Checkbox
          checked={value.assign === 'inOrder'}
          label={<>{t.operation.assignInOrder}<br /><Caption1 className={styles.note}>{t.operation.assignInOrderHint}</Caption1></>}
          onChange={(_, d) => onChange(withOptional(value, 'assign', d.checked === true ? 'inOrder' : undefined))}
        />
      )}
      {'where' in value.unit && (
        <>
          <Field label={t.operation.within} hint={t.operation.withinHint}>
            <Select value={value.within ?? ''} onChange={(_, d) => onChange(withOptional(value, 'within', d.value))}>
              <option value="">{t.common.none}</option>
              {unitFieldOptions(t, env.staffing).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </Select>
          </Field>
          <NumberField
            label={t.operation.perUnit} hint={t.operation.perUnitHint} value={value.perUnit} min={1} max={100_000} optional
            invalidText={t.common.wholeNumberInvalid} onChange={(n) => onChange(withOptional(value, 'perUnit', n))}
          />
          <Field label={t.operation.lacking} hint={t.operation.lackingHint}>
            <Select value={value.lacking ?? ''} onChange={(_, d) => onChange(withOptional(value, 'lacking', d.value))}>
              <option value="">{t.common.none}</option>
              {personFieldOptions(t, env.staffing).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </Select>
          </Field>
        </>
      )}
      <div className={styles.row}>
        <Field className={styles.grow} label={t.operation.newTitle} hint={t.operation.newTitleHint}>
          <Input value={value.title ?? ''} onChange={(_, d) => onChange(withOptional(value, 'title', d.value))} />
        </Field>
        <RoleSelect env={env} value={value.role} onChange={(r) => onChange(withOptional(value, 'role', r))} />
      </div>
    </UnitSelectorField>
  );
}

export function PostMatchField(props: {
  readonly env: SelectorEnv;
  readonly label: string;
  readonly value: PostMatch;
  readonly onChange: (value: PostMatch) => void;
  /** The other side of a unification: its units (picked or by rule) can be copied here, then edited. */
  readonly other?: { readonly label: string; readonly units: UnitSelector };
}): React.JSX.Element {
  const { env, label, value, onChange, other } = props;
  const styles = useStyles();
  const { t } = env;
  return (
    <UnitSelectorField env={env} label={label} value={value.units} onChange={(units) => onChange({ ...value, units })}>
      {other && (
        <div>
          <Button size="small" icon={<CopyRegular />} onClick={() => onChange({ ...value, units: structuredClone(other.units) })}>
            {fill(t.operation.copyUnits, { from: other.label })}
          </Button>
        </div>
      )}
      <div className={styles.row}>
        <Field className={styles.grow} label={t.operation.title}>
          <Input value={value.title ?? ''} onChange={(_, d) => onChange(withOptional(value, 'title', d.value))} />
        </Field>
        <RoleSelect env={env} value={value.role} onChange={(r) => onChange(withOptional(value, 'role', r))} />
      </div>
    </UnitSelectorField>
  );
}
