import * as React from 'react';
import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowResetRegular, DeleteRegular } from '@fluentui/react-icons';
import { DEFAULT_SETTINGS, type PooledCap } from '../domain/settings';
import { fill } from '../i18n/messages';
import { NumberField } from './NumberField';
import { FilterList, unitFieldOptions, withOptional, type SelectorEnv } from './Selectors';

/**
 * The average deputy caps of a scenario (settings.pooledCaps): each a name, the units it pools (unit
 * conditions, as in a rule), the field that splits it into one pool per value, and the average. Left
 * alone, the scenario keeps the law's caps; edited, it stores its own list.
 */

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  cap: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, padding: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 0 },
});

export function PooledCapsField(props: {
  readonly env: SelectorEnv;
  readonly value: readonly PooledCap[] | undefined;
  readonly basis: string;
  readonly onChange: (value: readonly PooledCap[] | undefined) => void;
}): React.JSX.Element {
  const { env, onChange } = props;
  const { t } = env;
  const styles = useStyles();
  const caps = props.value ?? DEFAULT_SETTINGS.pooledCaps;
  const update = (i: number, cap: PooledCap): void => onChange(caps.map((c, j) => (j === i ? cap : c)));
  return (
    <fieldset className={styles.cap}>
      <legend>{t.editor.pooledCaps}</legend>
      <Caption1>{props.basis}</Caption1>
      <ol className={styles.list}>
        {caps.map((cap, i) => (
          <li key={i} className={styles.cap}>
            <Field label={t.editor.pooledCapName}>
              <Input value={cap.name} onChange={(_, d) => update(i, { ...cap, name: d.value })} />
            </Field>
            <div role="group" aria-label={`${t.editor.pooledCapUnits}: ${cap.name}`}>
              <Caption1>{t.editor.pooledCapUnits}</Caption1>
              <FilterList env={{ ...env, id: `${env.id}-pool${i}` }} kind="units" value={cap.units} onChange={(units) => update(i, { ...cap, units })} />
            </div>
            <div className={styles.row}>
              <Field className={styles.grow} label={t.editor.pooledCapGroupBy}>
                <Select value={cap.groupBy ?? ''} onChange={(_, d) => update(i, withOptional(cap, 'groupBy', d.value))}>
                  <option value="">{t.editor.pooledCapGroupAll}</option>
                  {unitFieldOptions(t, env.staffing).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </Select>
              </Field>
              <NumberField
                label={t.editor.pooledCapAverage} value={cap.average} min={0} max={100} decimal invalidText={t.common.numberInvalid}
                onChange={(n) => { if (n !== undefined) update(i, { ...cap, average: n }); }}
              />
              <Button
                icon={<DeleteRegular />}
                aria-label={fill(t.editor.removePooledCap, { name: cap.name })}
                title={fill(t.editor.removePooledCap, { name: cap.name })}
                onClick={() => onChange(caps.filter((_, j) => j !== i))}
              />
            </div>
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button icon={<AddRegular />} onClick={() => onChange([...caps, { name: `${t.editor.pooledCapName} ${caps.length + 1}`, units: [], average: 2 }])}>
          {t.editor.addPooledCap}
        </Button>
        {props.value !== undefined && (
          <Button icon={<ArrowResetRegular />} onClick={() => onChange(undefined)}>{t.editor.defaultPooledCaps}</Button>
        )}
      </div>
    </fieldset>
  );
}
