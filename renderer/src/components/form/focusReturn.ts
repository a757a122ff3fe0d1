import { redrawn } from './useReturnFocus';

/**
 * Hands the focus back to the control that opened a dialog (a modal, a drawer, a confirm)
 * once the dialog has left the page. antd does this itself only after a closing animation,
 * which never runs for a dialog that is simply removed (`{open && <Modal open …/>}` and
 * `destroyOnHidden`, as most of Parley's are): the focus fell to the page and a keyboard user
 * had to Tab from the top again. Installed once for the whole window; the opener is the
 * element that had the focus just before the dialog took it. Only a lost focus is moved:
 * if something else has taken it meanwhile (the next dialog, a field), it stays there.
 */
export function installFocusReturn(doc: Document = document): () => void {
  const openers = new Map<Element, Element>();
  let previous: Element | null = doc.activeElement;
  // The control the focus was last handed back to: the page may still draw it anew just after
  // (the first debt's 添加债务 is replaced by the list's own once the saved debt arrives), and
  // then the focus follows it to its new drawing. Dropped once the focus goes anywhere else.
  let returned: HTMLElement | null = null;

  const onFocusIn = (e: FocusEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target !== returned) returned = null;
    const dialog = target?.closest('[role="dialog"], [role="alertdialog"]');
    if (dialog && !openers.has(dialog) && previous && previous !== doc.body && !dialog.contains(previous)) openers.set(dialog, previous);
    previous = target;
  };

  const observer = new MutationObserver(() => {
    if (returned && !returned.isConnected) {
      const gone = returned;
      returned = null;
      const lost = doc.activeElement === null || doc.activeElement === doc.body;
      const again = lost ? redrawn(gone) : null;
      if (again) {
        again.focus({ preventScroll: true });
        returned = again;
      }
    }
    for (const [dialog, opener] of [...openers]) {
      if (dialog.isConnected) continue;
      openers.delete(dialog);
      // After the dialog's nodes (and the focus inside them) have gone.
      setTimeout(() => {
        const lost = doc.activeElement === null || doc.activeElement === doc.body;
        const target = opener instanceof HTMLElement ? (opener.isConnected ? opener : redrawn(opener)) : null;
        if (lost && target) {
          target.focus({ preventScroll: true });
          returned = target;
        }
      });
    }
  });

  doc.addEventListener('focusin', onFocusIn, true);
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    doc.removeEventListener('focusin', onFocusIn, true);
    observer.disconnect();
  };
}
