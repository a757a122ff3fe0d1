import { useEffect, useState } from 'react';

/**
 * Gives the focus back to the control that opened a drawer when the drawer goes away. antd
 * does this itself only after its closing animation, which never runs for a drawer that is
 * simply removed (`{open && <Drawer …/>}`, as most of Parley's are): the focus fell to the
 * page, and a keyboard user had to Tab from the top again. Only a lost focus is moved: if
 * something else took it meanwhile, it stays there.
 */
export function useReturnFocus(open: boolean): void {
  // Read once, as a drawer that opens with its first render appears: the focus is still on
  // what opened it. (One that is kept on the page and opened later is antd's to handle.)
  const [opener] = useState(() => (open ? document.activeElement : null));
  useEffect(
    () => () => {
      // After the drawer's nodes (and the focus inside them) have left the page.
      setTimeout(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        const target = opener instanceof HTMLElement ? (opener.isConnected ? opener : redrawn(opener)) : null;
        if (lost && target) target.focus({ preventScroll: true });
      });
    },
    [opener],
  );
}

/**
 * The same button drawn anew elsewhere on the page: the first debt's 添加债务 sits in the
 * empty list, and once the debt is saved the list shows its own 添加债务 in its place.
 */
export function redrawn(gone: HTMLElement): HTMLElement | null {
  if (gone.tagName !== 'BUTTON' && gone.tagName !== 'A') return null;
  const same = [...document.querySelectorAll<HTMLElement>(gone.tagName)].filter(
    (el) => el.textContent === gone.textContent && el.getAttribute('aria-label') === gone.getAttribute('aria-label'),
  );
  return same.length === 1 ? same[0]! : null;
}
