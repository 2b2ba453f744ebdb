import * as React from 'react';
import { Field, Input } from '@fluentui/react-components';
import { fill } from '../i18n/messages';

/**
 * A whole number typed in a field, kept as typed. Anything but a whole number within its bounds shows
 * an error and is not taken: fields corrected what was typed without a word (-5 became 1, 2.5 became
 * 2), and the scenario editor saves nothing while a field shows an error. An optional field emptied
 * gives undefined: the default applies.
 */
export function WholeNumberField(props: {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** With {min} and {max}. */
  readonly invalidText: string;
  readonly onChange: (n: number | undefined) => void;
  readonly hint?: string;
  readonly optional?: boolean;
}): React.JSX.Element {
  const { value, min, max, onChange } = props;
  const [text, setText] = React.useState(String(value));
  // A new value from outside (another operation opened, a default restored) replaces what is shown.
  React.useEffect(() => {
    if (!(text.trim() === '' && props.optional) && Number(text) !== value) setText(String(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const valid = (t: string): boolean => (/^\s*\d+\s*$/.test(t) && Number(t) >= min && Number(t) <= max) || (t.trim() === '' && props.optional === true);
  const invalid = !valid(text);
  return (
    <Field
      label={props.label}
      hint={invalid ? undefined : props.hint}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? fill(props.invalidText, { min, max }) : undefined}
    >
      <Input
        inputMode="numeric"
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          if (valid(d.value)) onChange(d.value.trim() === '' ? undefined : Number(d.value));
        }}
      />
    </Field>
  );
}
