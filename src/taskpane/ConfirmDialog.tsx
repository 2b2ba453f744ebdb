import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

/**
 * The button a dialog's keyboard starts on, once open. Fluent focuses a dialog's first focusable
 * element, here the button that destroys (and ignores autoFocus): Enter on opening must not destroy
 * anything. Called by the component that renders the Dialog, whose effect runs after the dialog's own.
 */
export function useInitialFocus(open: boolean): React.RefObject<HTMLButtonElement | null> {
  const ref = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (!open) return;
    // A frame later: the dialog's surface mounts through a portal and focuses its first button first.
    const id = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(id);
  }, [open]);
  return ref;
}

/**
 * A question before an action that cannot be undone. Its own chunk: the Data step asks it only for a
 * damaged store, so the pane's first script does not carry Fluent's dialog.
 */
export function ConfirmDialog(props: {
  readonly title: string;
  readonly text: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const cancel = useInitialFocus(true);
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>{props.confirm}</Button>
            <Button ref={cancel} onClick={props.onCancel}>{props.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
