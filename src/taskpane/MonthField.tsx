import * as React from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { PaneText } from '../i18n/pane';
import { monthDisplay, parseMonthText } from './monthText';

/**
 * A month typed as planners write it, MM/YYYY, the same in both languages: the browser's own month
 * input shows its own locale's month names ("November 2026" in a Vietnamese pane). 'YYYY-MM', 'M/YYYY'
 * and 'MM-YYYY' are understood too; the value given out is always 'YYYY-MM'.
 */

export function MonthField(props: {
  readonly t: PaneText;
  readonly label: string;
  readonly value: string;
  readonly onChange: (month: string) => void;
  readonly id?: string;
  readonly hint?: string;
  readonly required?: boolean;
  /** An empty field is allowed (the setting's default applies). */
  readonly optional?: boolean;
}): React.JSX.Element {
  const { t, value, onChange } = props;
  const [text, setText] = React.useState(monthDisplay(value));
  // A new value from outside (another operation opened, a default restored) replaces what is shown.
  React.useEffect(() => {
    if (parseMonthText(text) !== value) setText(monthDisplay(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const invalid = text.trim() !== '' && parseMonthText(text) === null;
  return (
    <Field
      label={props.label}
      required={props.required}
      hint={invalid ? undefined : props.hint ?? t.common.monthHint}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? t.common.monthInvalid : undefined}
    >
      <Input
        id={props.id}
        inputMode="numeric"
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const parsed = parseMonthText(d.value);
          if (parsed !== null) onChange(parsed);
          else if (d.value.trim() === '' && props.optional) onChange('');
        }}
      />
    </Field>
  );
}
