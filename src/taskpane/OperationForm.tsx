import * as React from 'react';
import { Caption1, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type {
  AbolishOp,
  ConcurrentTitlesOp,
  ExitOp,
  ExitPolicy,
  MergeOp,
  MergeQuota,
  MoveOp,
  Operation,
  OperationType,
  QuotaChange,
  QuotaChangeOp,
  RotationOp,
  SecondmentOp,
} from '../domain/scenario';
import { EXIT_POLICIES } from '../domain/scenario';
import { MonthField } from './MonthField';
import { NumberField } from './NumberField';
import {
  PersonSelectorField,
  PostMatchField,
  PostTargetField,
  UnitSelectorField,
  unitFieldOptions,
  withOptional,
  type SelectorEnv,
} from './Selectors';

/** A new operation of a kind, dated `month`, with the fields the planner fills in next. */
export function newOperation(type: OperationType, month: string): Operation {
  switch (type) {
    case 'concurrentTitles':
      return { type, month, holder: { units: { ids: [] }, role: 'head' }, target: { units: { ids: [] }, role: 'head' }, formerHolder: 'surplus', cutQuota: true };
    case 'merge':
      return { type, month, units: { ids: [] }, quota: { mode: 'sum' } };
    case 'rotation':
      return { type, month, people: { ids: [] }, to: { unit: { ids: [] } }, durationMonths: 36, quotaAt: 'destination', onReturn: 'origin' };
    case 'secondment':
      return { type, month, people: { ids: [] }, to: { unit: { ids: [] } }, durationMonths: 24 };
    case 'quotaChange':
      return { type, month, units: { ids: [] }, change: { mode: 'cut', value: 1 } };
    case 'move':
      return { type, month, people: { ids: [] }, to: { unit: { ids: [] } } };
    case 'abolish':
      return { type, month, units: { ids: [] }, people: 'withoutPost' };
    case 'exit':
      return { type, month, people: { ids: [] }, policy: 'earlyRetirement' };
  }
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
});

export function OperationForm(props: {
  readonly env: SelectorEnv;
  readonly value: Operation;
  readonly onChange: (op: Operation) => void;
}): React.JSX.Element {
  const { env, value, onChange } = props;
  const styles = useStyles();
  const { t } = env;
  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <MonthField t={t} id={`${env.id}-month`} label={t.common.month} required value={value.month} onChange={(month) => onChange({ ...value, month })} />
      </div>
      <Body env={env} value={value} onChange={onChange} />
      <Field label={t.common.note}>
        <Input value={value.note ?? ''} onChange={(_, d) => onChange(withOptional(value, 'note', d.value))} />
      </Field>
    </div>
  );
}

function Body(props: { readonly env: SelectorEnv; readonly value: Operation; readonly onChange: (op: Operation) => void }): React.JSX.Element {
  const { value } = props;
  switch (value.type) {
    case 'concurrentTitles':
      return <ConcurrentTitlesForm {...props} value={value} />;
    case 'merge':
      return <MergeForm {...props} value={value} />;
    case 'rotation':
      return <RotationForm {...props} value={value} />;
    case 'secondment':
      return <SecondmentForm {...props} value={value} />;
    case 'quotaChange':
      return <QuotaChangeForm {...props} value={value} />;
    case 'move':
      return <MoveForm {...props} value={value} />;
    case 'abolish':
      return <AbolishForm {...props} value={value} />;
    case 'exit':
      return <ExitForm {...props} value={value} />;
  }
}

interface FormProps<T extends Operation> {
  readonly env: SelectorEnv;
  readonly value: T;
  readonly onChange: (op: Operation) => void;
}

function UnitFieldSelect(props: { readonly env: SelectorEnv; readonly label: string; readonly hint?: string; readonly value: string | undefined; readonly emptyLabel: string; readonly onChange: (v: string | undefined) => void }): React.JSX.Element {
  return (
    <Field label={props.label} hint={props.hint}>
      <Select value={props.value ?? ''} onChange={(_, d) => props.onChange(d.value === '' ? undefined : d.value)}>
        <option value="">{props.emptyLabel}</option>
        {unitFieldOptions(props.env.t, props.env.staffing).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    </Field>
  );
}

function ConcurrentTitlesForm({ env, value, onChange }: FormProps<ConcurrentTitlesOp>): React.JSX.Element {
  const { t } = env;
  const rule = 'where' in value.holder.units || 'where' in value.target.units;
  return (
    <>
      <PostMatchField
        env={env} label={t.operation.holder} value={value.holder} onChange={(holder) => onChange({ ...value, holder })}
        other={{ label: t.operation.target, units: value.target.units }}
      />
      <PostMatchField
        env={env} label={t.operation.target} value={value.target} onChange={(target) => onChange({ ...value, target })}
        other={{ label: t.operation.holder, units: value.holder.units }}
      />
      {rule && (
        <UnitFieldSelect
          env={env}
          label={t.operation.pairBy}
          value={value.pairBy}
          emptyLabel={t.selector.unitFields.locality}
          onChange={(v) => onChange(withOptional(value, 'pairBy', v))}
        />
      )}
      <Field label={t.operation.formerHolder}>
        <Select value={value.formerHolder ?? 'surplus'} onChange={(_, d) => onChange({ ...value, formerHolder: d.value as ConcurrentTitlesOp['formerHolder'] })}>
          {(['surplus', 'vacancy', 'deputy'] as const).map((k) => <option key={k} value={k}>{t.operation.formerHolders[k]}</option>)}
        </Select>
      </Field>
      <Checkbox checked={value.cutQuota ?? true} label={t.operation.cutQuota} onChange={(_, d) => onChange({ ...value, cutQuota: d.checked === true })} />
    </>
  );
}

function MergeForm({ env, value, onChange }: FormProps<MergeOp>): React.JSX.Element {
  const styles = useStyles();
  const { t } = env;
  const quota: MergeQuota = value.quota ?? { mode: 'sum' };
  const into = value.into ?? {};
  const setInto = (key: 'id' | 'name' | 'kind', v: string): void => {
    const next = withOptional(into, key, v);
    onChange(Object.keys(next).length === 0 ? withOptional(value, 'into', undefined) : { ...value, into: next });
  };
  return (
    <>
      <UnitSelectorField env={env} label={t.operation.units} value={value.units} onChange={(units) => onChange({ ...value, units })} />
      {'where' in value.units && (
        <UnitFieldSelect
          env={env}
          label={t.operation.groupBy}
          hint={t.operation.groupByHint}
          value={value.groupBy}
          emptyLabel={t.common.none}
          onChange={(v) => onChange(withOptional(value, 'groupBy', v))}
        />
      )}
      <div className={styles.row}>
        <Field label={t.operation.intoId}><Input value={into.id ?? ''} onChange={(_, d) => setInto('id', d.value)} /></Field>
        <Field label={t.operation.intoName}><Input value={into.name ?? ''} onChange={(_, d) => setInto('name', d.value)} /></Field>
        <Field label={t.operation.intoKind} hint={t.operation.intoHint}><Input value={into.kind ?? ''} onChange={(_, d) => setInto('kind', d.value)} /></Field>
      </div>
      <div className={styles.row}>
        <Field label={t.operation.quota}>
          <Select
            value={quota.mode}
            onChange={(_, d) => {
              const mode = d.value as MergeQuota['mode'];
              onChange({ ...value, quota: mode === 'sum' ? { mode } : { mode, value: 'value' in quota ? quota.value : 1 } });
            }}
          >
            {(['sum', 'sumMinus', 'sumMinusPercent', 'fixed'] as const).map((m) => <option key={m} value={m}>{t.operation.quotaModes[m]}</option>)}
          </Select>
        </Field>
        {'value' in quota && (
          <ChangeValue env={env} percent={quota.mode === 'sumMinusPercent'} value={quota.value} onChange={(n) => onChange({ ...value, quota: { ...quota, value: n } })} />
        )}
      </div>
      <NumberField
        label={t.operation.deputyCap} value={value.deputyCap} min={0} max={1000} optional invalidText={t.common.wholeNumberInvalid}
        onChange={(n) => onChange(withOptional(value, 'deputyCap', n))}
      />
      <PersonSelectorFieldSingle env={env} label={t.operation.head} hint={t.operation.headHint} value={value.headId} onChange={(id) => onChange(withOptional(value, 'headId', id))} />
    </>
  );
}

/** One person, or none, with the same picker. */
function PersonSelectorFieldSingle(props: { readonly env: SelectorEnv; readonly label: string; readonly hint: string; readonly value: string | undefined; readonly onChange: (id: string | undefined) => void }): React.JSX.Element {
  const ids = props.value ? [props.value] : [];
  return (
    <PersonSelectorField
      env={{ ...props.env, id: `${props.env.id}-head` }}
      label={props.label}
      value={{ ids }}
      onChange={(sel) => props.onChange('ids' in sel ? sel.ids[sel.ids.length - 1] : undefined)}
      singleChoice
      hint={props.hint}
    />
  );
}

/** A quota's change: a percentage (0 to 100, with decimals) or a number of posts, as the scenario format allows. */
function ChangeValue(props: { readonly env: SelectorEnv; readonly percent: boolean; readonly value: number; readonly onChange: (n: number) => void }): React.JSX.Element {
  const { t } = props.env;
  return (
    <NumberField
      label={t.operation.value} value={props.value} min={0} max={props.percent ? 100 : 1_000_000} decimal={props.percent}
      invalidText={props.percent ? t.common.numberInvalid : t.common.wholeNumberInvalid}
      onChange={(n) => { if (n !== undefined) props.onChange(n); }}
    />
  );
}

/** Months away: a whole number from 1 to 240, as the scenario format allows. */
function Duration({ env, value, onChange }: { readonly env: SelectorEnv; readonly value: number | undefined; readonly onChange: (n: number) => void }): React.JSX.Element {
  return (
    <NumberField
      label={env.t.operation.duration} value={value ?? 36} min={1} max={240} invalidText={env.t.operation.durationInvalid}
      onChange={(n) => { if (n !== undefined) onChange(n); }}
    />
  );
}

function RotationForm({ env, value, onChange }: FormProps<RotationOp>): React.JSX.Element {
  const styles = useStyles();
  const { t } = env;
  return (
    <>
      <PersonSelectorField env={env} label={t.operation.people} value={value.people} onChange={(people) => onChange({ ...value, people })} />
      <PostTargetField env={env} label={t.operation.to} value={value.to} onChange={(to) => onChange({ ...value, to })} />
      <div className={styles.row}>
        <Duration env={env} value={value.durationMonths} onChange={(n) => onChange({ ...value, durationMonths: n })} />
        <Field label={t.operation.quotaAt} hint={t.editor.unverified}>
          <Select value={value.quotaAt ?? 'destination'} onChange={(_, d) => onChange({ ...value, quotaAt: d.value as RotationOp['quotaAt'] })}>
            {(['destination', 'origin'] as const).map((k) => <option key={k} value={k}>{t.operation.quotaAtOptions[k]}</option>)}
          </Select>
        </Field>
      </div>
      <Field label={t.operation.onReturn}>
        <Select value={value.onReturn ?? 'origin'} onChange={(_, d) => onChange({ ...value, onReturn: d.value as RotationOp['onReturn'] })}>
          {(['origin', 'sameLevelVacancy', 'stay'] as const).map((k) => <option key={k} value={k}>{t.operation.onReturnOptions[k]}</option>)}
        </Select>
      </Field>
    </>
  );
}

function SecondmentForm({ env, value, onChange }: FormProps<SecondmentOp>): React.JSX.Element {
  const { t } = env;
  return (
    <>
      <PersonSelectorField env={env} label={t.operation.people} value={value.people} onChange={(people) => onChange({ ...value, people })} />
      <PostTargetField env={env} label={t.operation.to} value={value.to} onChange={(to) => onChange({ ...value, to })} />
      <Duration env={env} value={value.durationMonths} onChange={(n) => onChange({ ...value, durationMonths: n })} />
    </>
  );
}

function QuotaChangeForm({ env, value, onChange }: FormProps<QuotaChangeOp>): React.JSX.Element {
  const styles = useStyles();
  const { t } = env;
  return (
    <>
      <UnitSelectorField env={env} label={t.operation.units} value={value.units} onChange={(units) => onChange({ ...value, units })} />
      <div className={styles.row}>
        <Field label={t.operation.change}>
          <Select value={value.change.mode} onChange={(_, d) => onChange({ ...value, change: { mode: d.value as QuotaChange['mode'], value: value.change.value } })}>
            {(['cut', 'cutPercent', 'set'] as const).map((m) => <option key={m} value={m}>{t.operation.changeModes[m]}</option>)}
          </Select>
        </Field>
        <ChangeValue env={env} percent={value.change.mode === 'cutPercent'} value={value.change.value} onChange={(n) => onChange({ ...value, change: { ...value.change, value: n } })} />
      </div>
    </>
  );
}

function MoveForm({ env, value, onChange }: FormProps<MoveOp>): React.JSX.Element {
  const { t } = env;
  return (
    <>
      <PersonSelectorField env={env} label={t.operation.people} value={value.people} onChange={(people) => onChange({ ...value, people })} />
      <PostTargetField env={env} label={t.operation.to} value={value.to} onChange={(to) => onChange({ ...value, to })} />
      <Checkbox
        checked={value.untilBalanced === true}
        label={t.operation.untilBalanced}
        onChange={(_, d) => onChange(withOptional(value, 'untilBalanced', d.checked === true ? true : undefined))}
      />
      <Caption1>{t.operation.untilBalancedHint}</Caption1>
    </>
  );
}

function ExitForm({ env, value, onChange }: FormProps<ExitOp>): React.JSX.Element {
  const { t } = env;
  return (
    <>
      <PersonSelectorField env={env} label={t.operation.people} value={value.people} onChange={(people) => onChange({ ...value, people })} />
      <Field label={t.operation.policy} hint={t.operation.policyHint}>
        <Select value={value.policy} onChange={(_, d) => onChange({ ...value, policy: d.value as ExitPolicy })}>
          {EXIT_POLICIES.map((p) => <option key={p} value={p}>{t.operation.policies[p]}</option>)}
        </Select>
      </Field>
    </>
  );
}

function AbolishForm({ env, value, onChange }: FormProps<AbolishOp>): React.JSX.Element {
  const { t } = env;
  const people = value.people ?? 'withoutPost';
  return (
    <>
      <UnitSelectorField env={env} label={t.operation.units} value={value.units} onChange={(units) => onChange({ ...value, units })} />
      <Field label={t.operation.abolishPeople}>
        <Select
          value={people === 'withoutPost' ? 'withoutPost' : 'to'}
          onChange={(_, d) => onChange({ ...value, people: d.value === 'to' ? { to: { unit: { ids: [] } } } : 'withoutPost' })}
        >
          <option value="withoutPost">{t.operation.abolishOptions.withoutPost}</option>
          <option value="to">{t.operation.abolishOptions.to}</option>
        </Select>
      </Field>
      {people !== 'withoutPost' && (
        <PostTargetField env={env} label={t.operation.to} value={people.to} onChange={(to) => onChange({ ...value, people: { to } })} />
      )}
    </>
  );
}
