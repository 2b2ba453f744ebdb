import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { describeOperation, recordNames } from '../app/describe';
import { largeSelections, selectionPreview } from '../app/preview';
import type { Staffing } from '../domain/model';
import { OPERATION_TYPES, rulesWithoutCondition, type Operation, type OperationType, type Scenario } from '../domain/scenario';
import type { HiringPolicy, PartialSettings } from '../domain/settings';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { fill, type Lang } from '../i18n/messages';
import type { RuleKey } from '../domain/rules';
import { reportText } from '../sheets/labels';
import { ruleText } from '../sheets/rules';
import { MonthField } from './MonthField';
import { NumberField } from './NumberField';
import { PooledCapsField } from './PooledCaps';
import { newOperation, OperationForm } from './OperationForm';
import { failureText } from './notices';
import type { PaneContext } from './Pane';
import { withOptional, type SelectorEnv } from './Selectors';
import { scenarioProblems } from './scenarioFiles';
import { localDay } from './session';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  caps: {
    display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(6em, 1fr))', gap: tokens.spacingHorizontalS,
    minWidth: 0, margin: 0, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  ops: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  opHeader: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'start', justifyContent: 'space-between' },
  opButtons: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function ScenarioEditor(props: {
  readonly context: PaneContext;
  readonly staffing: Staffing;
  readonly initial: Scenario;
  /** A store of a newer version: shown, not saved. */
  readonly readOnly?: boolean;
  /** The workbook's other scenarios (their codes are taken). */
  readonly others: readonly Scenario[];
  readonly onSave: (scenario: Scenario) => Promise<void>;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const { context, staffing, initial, others, onSave, onCancel } = props;
  const styles = useStyles();
  const { t, lang } = context;
  const report = reportText(lang).settings;
  const [draft, setDraft] = React.useState<Scenario>(initial);
  // Stable keys for the operations, so that moving one keeps focus and open state with it.
  const nextKey = React.useRef(initial.operations.length);
  const [keys, setKeys] = React.useState<readonly number[]>(() => initial.operations.map((_, i) => i));
  const focusMonth = React.useRef<number | null>(null);
  React.useEffect(() => {
    if (focusMonth.current === null) return;
    document.getElementById(`op${focusMonth.current}-month`)?.focus();
    focusMonth.current = null;
  });
  const [open, setOpen] = React.useState<number | null>(null);
  // Keyboard and screen reader users land in the editor when it opens: on its first field.
  const formRef = React.useRef<HTMLFormElement>(null);
  React.useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  const [adding, setAdding] = React.useState<OperationType>('concurrentTitles');
  const [problems, setProblems] = React.useState<readonly string[]>([]);
  const [saving, setSaving] = React.useState(false);
  /** Operations added or changed that select many units or people: said before saving, to confirm. */
  const [confirming, setConfirming] = React.useState<string | null>(null);
  const today = localDay(context.host.now()).slice(0, 7);
  const start = draft.settings?.startMonth ?? today;
  const preview = React.useMemo(() => selectionPreview(staffing, start), [staffing, start]);
  const settings: PartialSettings = draft.settings ?? {};
  const levels = React.useMemo(() => [...new Set(staffing.units.map((u) => u.level))], [staffing]);

  const setSettings = (next: PartialSettings): void => {
    setDraft(Object.keys(next).length === 0 ? withOptional(draft, 'settings', undefined) : { ...draft, settings: next });
  };
  const setOperation = (i: number, op: Operation): void => setDraft({ ...draft, operations: draft.operations.map((o, j) => (j === i ? op : o)) });
  const moveOperation = (i: number, by: number): void => {
    const move = <T,>(list: readonly T[]): T[] => {
      const next = [...list];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item);
      return next;
    };
    setDraft({ ...draft, operations: move(draft.operations) });
    setKeys(move(keys));
  };

  const save = async (confirmed = false): Promise<void> => {
    // A field showing an error holds what was typed, not what would be saved (the last value it took):
    // nothing is saved until it is corrected, and the focus goes to it.
    const wrong = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (wrong) {
      setProblems([t.editor.fieldInvalid]);
      wrong.focus();
      return;
    }
    const found: string[] = [];
    if (others.some((s) => s.code.toLowerCase() === draft.code.toLowerCase())) found.push(fill(t.editor.codeTaken, { code: draft.code }));
    // A rule without a condition selects everything: never saved by a slip of the keyboard.
    const places = { units: t.operation.units, people: t.operation.people, holder: t.operation.holder, target: t.operation.target, to: t.operation.to };
    draft.operations.forEach((op, i) => {
      for (const place of rulesWithoutCondition(op)) found.push(`${t.editor.operations} ${i + 1}: ${fill(t.editor.emptyRule, { place: places[place] })}`);
    });
    const index = others.length;
    for (const p of scenarioProblems(context.store.document, [...others, draft], lang)) {
      // Only this scenario's problems, placed by operation number as the list shows them.
      if (p.path.startsWith(`$.scenarios[${index}]`) || !p.path.startsWith('$.scenarios[')) {
        const place = p.path
          .replace(`$.scenarios[${index}]`, '')
          .replace(/^\.operations\[(\d+)\]/, (_, n: string) => `${t.editor.operations} ${Number(n) + 1}`)
          .replace(/^\./, '');
        found.push(place ? `${place}: ${p.message}` : p.message);
      }
    }
    setProblems(found);
    if (found.length > 0) return;
    const large = (confirmed ? [] : largeSelections(draft.operations, initial.operations, staffing, preview))
      .map((l) => fill(l.what === 'units' ? t.editor.largeUnits : t.editor.largePeople, { n: l.operation, count: l.count }));
    setConfirming(large.length > 0 ? fill(t.editor.confirmLarge, { list: large.join('; ') }) : null);
    if (large.length > 0) return;
    setSaving(true);
    try {
      await onSave(draft);
    } catch (e) {
      setProblems([failureText(e, context.t)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    // Enter in a field never saves: only the Save button does.
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-labelledby="editor-heading" ref={formRef}>
      <Subtitle2 as="h2" id="editor-heading">{`${t.editor.heading} ${draft.code}`}</Subtitle2>
      <div className={styles.row}>
        <Field label={t.editor.code} hint={t.editor.codeHint} required>
          <Input value={draft.code} maxLength={12} onChange={(_, d) => setDraft({ ...draft, code: d.value.trim() })} />
        </Field>
      </div>
      <Field label={t.editor.name} required>
        <Input value={draft.name} onChange={(_, d) => setDraft({ ...draft, name: d.value })} />
      </Field>
      <Field label={t.editor.description}>
        <Textarea value={draft.description ?? ''} resize="vertical" onChange={(_, d) => setDraft(withOptional(draft, 'description', d.value))} />
      </Field>

      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{t.editor.settings}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.form}>
              <div className={styles.row}>
                <MonthField
                  t={t} label={t.editor.startMonth} hint={t.editor.startMonthHint} optional value={settings.startMonth ?? ''}
                  onChange={(month) => setSettings(withOptional(settings, 'startMonth', month))}
                />
                <NumberField
                  label={t.editor.horizon} value={settings.horizonMonths ?? DEFAULT_SETTINGS.horizonMonths} min={1} max={600} optional
                  invalidText={t.common.wholeNumberInvalid} onChange={(n) => setSettings(withOptional(settings, 'horizonMonths', n))}
                />
              </div>
              <div className={styles.row}>
                <Field label={t.editor.hiring}>
                  <Select
                    value={settings.hiring?.policy ?? DEFAULT_SETTINGS.hiring.policy}
                    onChange={(_, d) => setSettings({ ...settings, hiring: { ...settings.hiring, policy: d.value as HiringPolicy } })}
                  >
                    <option value="freeze">{t.editor.policies.freeze}</option>
                    <option value="fill">{t.editor.policies.fill}</option>
                  </Select>
                </Field>
                {(settings.hiring?.policy ?? 'freeze') === 'fill' && (
                  <NumberField
                    label={t.editor.lag} value={settings.hiring?.lagMonths ?? DEFAULT_SETTINGS.hiring.lagMonths} min={0} max={120}
                    invalidText={t.common.wholeNumberInvalid}
                    onChange={(n) => { if (n !== undefined) setSettings({ ...settings, hiring: { ...settings.hiring, lagMonths: n } }); }}
                  />
                )}
              </div>
              <Checkbox
                checked={settings.retirement?.enabled ?? true}
                label={t.editor.retirement}
                onChange={(_, d) => setSettings({ ...settings, retirement: { ...settings.retirement, enabled: d.checked === true } })}
              />
              <RuleNumber label={t.editor.maxTitles} rule="maxTitlesPerPerson" min={1} max={10} invalidText={t.common.wholeNumberInvalid} lang={lang} settings={settings} setting="maxTitlesPerPerson" onChange={setSettings} />
              <fieldset className={styles.caps}>
                <legend>{t.editor.deputyCaps}</legend>
                <Caption1>{ruleText('deputyCaps', lang)}</Caption1>
                {levels.map((level) => (
                  <NumberField
                    key={level} label={level} min={0} max={1000} invalidText={t.common.wholeNumberInvalid}
                    value={settings.deputyCapByLevel?.[level] ?? DEFAULT_SETTINGS.deputyCapByLevel[level] ?? settings.deputyCapDefault ?? DEFAULT_SETTINGS.deputyCapDefault}
                    onChange={(n) => { if (n !== undefined) setSettings({ ...settings, deputyCapByLevel: { ...settings.deputyCapByLevel, [level]: n } }); }}
                  />
                ))}
                <NumberField
                  label={t.editor.deputyCapOther} min={0} max={1000} invalidText={t.common.wholeNumberInvalid}
                  value={settings.deputyCapDefault ?? DEFAULT_SETTINGS.deputyCapDefault}
                  onChange={(n) => { if (n !== undefined) setSettings({ ...settings, deputyCapDefault: n }); }}
                />
              </fieldset>
              <RuleNumber label={t.editor.graceMonths} rule="mergeGraceMonths" min={0} max={600} invalidText={t.common.wholeNumberInvalid} lang={lang} settings={settings} setting="mergeGraceMonths" onChange={setSettings} />
              <MonthField
                t={t} label={t.editor.restructuringMonth} hint={ruleText('restructuringMonth', lang)} optional
                value={settings.restructuringMonth ?? DEFAULT_SETTINGS.restructuringMonth}
                onChange={(month) => setSettings(withOptional(settings, 'restructuringMonth', month))}
              />
              <PooledCapsField
                env={{ t, lang: context.lang, staffing, workbook: context.host.workbook, preview, id: 'settings' }}
                value={settings.pooledCaps}
                basis={ruleText('pooledCaps', lang)}
                onChange={(caps) => setSettings(withOptional(settings, 'pooledCaps', caps))}
              />
              <Checkbox
                checked={settings.parentDeputyCap ?? DEFAULT_SETTINGS.parentDeputyCap}
                label={<>{t.editor.parentDeputyCap}<br /><Caption1>{ruleText('parentDeputyCap', lang)}</Caption1></>}
                onChange={(_, d) => setSettings({ ...settings, parentDeputyCap: d.checked === true })}
              />
              <RuleNumber label={report.rotationMin} rule="rotationMinMonths" min={0} max={240} invalidText={t.common.wholeNumberInvalid} lang={lang} settings={settings} setting="rotationMinMonths" onChange={setSettings} />
              <RuleNumber label={report.rotationMinYearsLeft} rule="rotationMinYearsLeft" min={0} max={50} invalidText={t.common.wholeNumberInvalid} lang={lang} settings={settings} setting="rotationMinYearsLeft" onChange={setSettings} />
              <RuleNumber label={report.secondmentMax} rule="secondmentMaxMonths" min={1} max={240} invalidText={t.common.wholeNumberInvalid} lang={lang} settings={settings} setting="secondmentMaxMonths" onChange={setSettings} />
              <RuleNumber label={report.earlyRetirementMax} rule="earlyRetirementMaxYearsLeft" min={0} max={50} invalidText={t.common.wholeNumberInvalid} lang={lang} settings={settings} setting="earlyRetirementMaxYearsLeft" onChange={setSettings} />
              <RuleNumber label={report.resignationMin} rule="resignationMinYearsLeft" min={0} max={50} invalidText={t.common.wholeNumberInvalid} lang={lang} settings={settings} setting="resignationMinYearsLeft" onChange={setSettings} />
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <Subtitle2 as="h3" id="operations-heading" tabIndex={-1}>{t.editor.operations}</Subtitle2>
      {draft.operations.length === 0 && <Body1>{t.editor.noOperations}</Body1>}
      <ol className={styles.ops} aria-labelledby="operations-heading">
        {draft.operations.map((op, i) => {
          const key = keys[i];
          const env: SelectorEnv = { t, lang: context.lang, staffing, workbook: context.host.workbook, preview, id: `op${key}` };
          const label = `${i + 1}. ${t.operation.types[op.type]}`;
          return (
            <li key={key}>
              <Card size="small" aria-label={label}>
                <div className={styles.opHeader}>
                  <Text weight="semibold">{label}</Text>
                  <div className={styles.opButtons}>
                    <Button
                      size="small"
                      icon={<EditRegular />}
                      aria-expanded={open === key}
                      aria-label={`${t.common.edit} ${label}`}
                      title={t.common.edit}
                      onClick={() => setOpen(open === key ? null : key)}
                    />
                    <Button size="small" icon={<ArrowUpRegular />} disabled={i === 0} aria-label={`${t.editor.moveUp} ${label}`} title={t.editor.moveUp} onClick={() => moveOperation(i, -1)} />
                    <Button
                      size="small"
                      icon={<ArrowDownRegular />}
                      disabled={i === draft.operations.length - 1}
                      aria-label={`${t.editor.moveDown} ${label}`}
                      title={t.editor.moveDown}
                      onClick={() => moveOperation(i, 1)}
                    />
                    <Button
                      size="small"
                      icon={<DeleteRegular />}
                      aria-label={`${t.common.remove} ${label}`}
                      title={t.common.remove}
                      onClick={() => {
                        setDraft({ ...draft, operations: draft.operations.filter((_, j) => j !== i) });
                        setKeys(keys.filter((_, j) => j !== i));
                        document.getElementById('operations-heading')?.focus();
                      }}
                    />
                  </div>
                </div>
                <Body1 block>{describeOperation(op, lang, recordNames(staffing))}</Body1>
                {open === key && <OperationForm env={env} value={op} onChange={(next) => setOperation(i, next)} />}
              </Card>
            </li>
          );
        })}
      </ol>
      <div className={styles.row}>
        <Field label={t.editor.addOperation} hint={t.operation.hints[adding]}>
          <Select value={adding} onChange={(_, d) => setAdding(d.value as OperationType)}>
            {OPERATION_TYPES.map((type) => <option key={type} value={type}>{t.operation.types[type]}</option>)}
          </Select>
        </Field>
        <Button
          icon={<AddRegular />}
          onClick={() => {
            const key = nextKey.current++;
            setDraft({ ...draft, operations: [...draft.operations, newOperation(adding, start)] });
            setKeys([...keys, key]);
            setOpen(key);
            focusMonth.current = key;
          }}
        >
          {t.common.add}
        </Button>
      </div>

      {problems.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t.editor.invalid}
            <ul>{problems.slice(0, 10).map((p, i) => <li key={i}>{p}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {confirming && (
        <MessageBar intent="warning">
          <MessageBarBody>{confirming}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void save(true)}>{t.editor.confirmSave}</Button>
            <Button onClick={() => setConfirming(null)}>{t.editor.backToEdit}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={saving || props.readOnly} onClick={() => void save()}>{t.common.save}</Button>
        <Button onClick={onCancel}>{t.common.cancel}</Button>
      </div>
    </form>
  );
}

/** The settings a rule gives, each a whole number. */
type RuleSetting = 'maxTitlesPerPerson' | 'mergeGraceMonths' | 'rotationMinMonths' | 'rotationMinYearsLeft' | 'secondmentMaxMonths'
  | 'earlyRetirementMaxYearsLeft' | 'resignationMinYearsLeft';

/** A rule value, with its legal basis under it (and "unconfirmed" where it is); emptied, it is the default. */
function RuleNumber(props: {
  readonly label: string;
  readonly rule: RuleKey;
  readonly min: number;
  readonly max: number;
  readonly invalidText: string;
  readonly lang: Lang;
  readonly settings: PartialSettings;
  readonly setting: RuleSetting;
  readonly onChange: (settings: PartialSettings) => void;
}): React.JSX.Element {
  const { settings, setting } = props;
  return (
    <NumberField
      label={props.label} hint={ruleText(props.rule, props.lang)} min={props.min} max={props.max} optional
      invalidText={props.invalidText} value={settings[setting] ?? DEFAULT_SETTINGS[setting]}
      onChange={(n) => props.onChange(withOptional(settings, setting, n))}
    />
  );
}
