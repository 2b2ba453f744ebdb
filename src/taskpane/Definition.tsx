import * as React from 'react';
import { Button, Popover, PopoverSurface, PopoverTrigger } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import { fill } from '../i18n/messages';
import type { PaneContext } from './Pane';

/**
 * What a figure means, behind a small button: a `title` tooltip reached neither a keyboard nor a
 * finger. A popover opens on Enter, Space and a tap, and closes on Escape.
 */
export function Definition({ context, term, text }: { readonly context: PaneContext; readonly term: string; readonly text: string }): React.JSX.Element {
  const label = fill(context.t.common.definitionOf, { term });
  return (
    <Popover withArrow positioning="below">
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="transparent" size="small" icon={<InfoRegular />} aria-label={label} style={{ minWidth: 0, padding: 0, height: 'auto' }} />
      </PopoverTrigger>
      <PopoverSurface role="note" aria-label={label} style={{ maxWidth: '18rem' }}>{text}</PopoverSurface>
    </Popover>
  );
}
