import { Form } from 'antd';
import type { FormInstance, FormProps } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';

// The one form every data-entry screen uses. Enter in a field never submits: it confirms a
// date, picks an option or moves nothing, and a half-filled client is never saved by it.
// The form submits from its button, or from anywhere inside it with Ctrl+Enter (⌘+Enter).

/** Keydown rule shared by forms whose submit button sits outside the <form> (drawer footers). */
export function entryKeyDown(form: FormInstance, event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  // React bubbles events out of portals (a dialog opened from a field); those are not ours.
  if (!event.currentTarget.contains(event.target as Node)) return;
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    form.submit();
    return;
  }
  const target = event.target as HTMLElement;
  // A text area takes Enter as a new line; a focused button or link is pressed by it.
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
  // Runs after the field's own handler (React bubbles), so a date picker or a select still
  // takes its Enter; only the browser's implicit submission is stopped.
  event.preventDefault();
}

export function EntryForm<T>({ form, onKeyDown, children, ...props }: Omit<FormProps<T>, 'children'> & { form: FormInstance<T>; children: ReactNode }) {
  return (
    <Form<T>
      {...props}
      form={form}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        entryKeyDown(form, e);
      }}
    >
      {children}
    </Form>
  );
}
