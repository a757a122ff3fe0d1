import { useEffect } from 'react';
import { navigate, type AppPath } from '../router';

// "Go and fill this in": a link elsewhere (a letter blocked by a missing field) opens the
// page that holds the field and puts the caret in it.

let pending: string | null = null;

export function navigateToField(path: AppPath, fieldId: string): void {
  pending = fieldId;
  navigate(path);
}

/** On a page with fields: focus the one a link asked for, once it is on screen. */
export function useRequestedFocus(ready: boolean): void {
  useEffect(() => {
    if (!ready || !pending) return;
    const el = document.getElementById(pending);
    if (!el) return;
    pending = null;
    el.scrollIntoView({ block: 'center' });
    el.focus();
  }, [ready]);
}
