import * as React from 'react';
import { Field, Input } from '@fluentui/react-components';
import { fill } from '../i18n/messages';

/** A number as typed: digits, and with `decimal` a fraction after a point or a comma (as Vietnamese writes it). */
function parsed(text: string, decimal: boolean): number | null {
  const t = text.trim();
  if (decimal ? !/^\d+([.,]\d+)?$/.test(t) : !/^\d+$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/**
 * A number typed in a field, kept as typed. Anything but a number within its bounds (a whole one
 * unless `decimal`) shows an error and is not taken: fields corrected what was typed without a word
 * (-5 became 1, 2.5 became 2), and the scenario editor saves nothing while a field shows an error. An
 * optional field emptied gives undefined: the default (or no limit) applies.
 */
export function NumberField(props: {
  readonly label: string;
  readonly value: number | undefined;
  readonly min: number;
  readonly max: number;
  /** With {min} and {max}. */
  readonly invalidText: string;
  readonly onChange: (n: number | undefined) => void;
  readonly hint?: string;
  readonly optional?: boolean;
  readonly decimal?: boolean;
}): React.JSX.Element {
  const { value, min, max, onChange } = props;
  const decimal = props.decimal === true;
  const shown = (n: number | undefined): string => (n === undefined ? '' : String(n));
  const [text, setText] = React.useState(shown(value));
  // A new value from outside (another operation opened, a default restored) replaces what is shown.
  React.useEffect(() => {
    if (!(text.trim() === '' && props.optional) && parsed(text, decimal) !== (value ?? null)) setText(shown(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const valid = (t: string): boolean => {
    if (t.trim() === '') return props.optional === true;
    const n = parsed(t, decimal);
    return n !== null && n >= min && n <= max;
  };
  const invalid = !valid(text);
  return (
    <Field
      label={props.label}
      hint={invalid ? undefined : props.hint}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? fill(props.invalidText, { min, max }) : undefined}
    >
      <Input
        inputMode={decimal ? 'decimal' : 'numeric'}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          if (valid(d.value)) onChange(d.value.trim() === '' ? undefined : (parsed(d.value, decimal) as number));
        }}
      />
    </Field>
  );
}
