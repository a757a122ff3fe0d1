import type { Page } from '@playwright/test';

// What "fits the screen" means, measured by bounding boxes in the page itself: every
// control and every piece of text in the main area lies inside the viewport's width, inside
// the visible part of any scrolling box it sits in, and is the topmost thing at its centre
// (nothing – a fixed table column, a sticky bar – lies over it). The page is scrolled down
// a screen at a time so the whole of it is looked at.

export interface Misfit {
  what: string;
  why: string;
}

export async function misfits(page: Page): Promise<Misfit[]> {
  return page.evaluate(async () => {
    const found: { what: string; why: string }[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const main = document.querySelector('main');
    if (!main) return [{ what: 'main', why: 'no main area' }];
    if (document.documentElement.scrollWidth > vw + 1) found.push({ what: 'page', why: `scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}` });

    const describe = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      // 1 px or less: nothing to see (a visually hidden label, see components/VisuallyHidden).
      if (r.width <= 1 || r.height <= 1) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && Number(style.opacity) > 0;
    };
    const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    const candidates = [...main.querySelectorAll('*')].filter(
      (el) => (el.matches('button, a[href], input:not([type=hidden]), textarea, [role=tab], [role=combobox]') || hasOwnText(el)) && shown(el),
    );

    // Boxes that clip their content sideways.
    const clippers = (el: Element) => {
      const list: Element[] = [];
      for (let p = el.parentElement; p && p !== main; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') list.push(p);
      }
      return list;
    };

    const verticalScrollers = (el: Element) => {
      const list: Element[] = [];
      for (let p = el.parentElement; p && p !== main; p = p.parentElement) {
        const oy = getComputedStyle(p).overflowY;
        if (oy === 'auto' || oy === 'scroll' || oy === 'hidden' || oy === 'clip') list.push(p);
      }
      return list;
    };

    // A select draws its (transparent) typing area over its own placeholder or choice.
    const ownTypingArea = (el: Element, hit: Element) => {
      if (hit.tagName !== 'INPUT') return false;
      let p: Element | null = el;
      for (let up = 0; p && up < 4; up++, p = p.parentElement) if (p.contains(hit)) return true;
      return false;
    };

    const seen = new Set<Element>();
    const height = document.documentElement.scrollHeight;
    for (let y = 0; y < height; y += vh - 40) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      for (const el of candidates) {
        if (seen.has(el)) continue;
        // Gone or hidden since the list was made (a placeholder replaced by what it stood for):
        // a detached element measures 0×0 at the corner, which would read as "covered by html".
        if (!el.isConnected || !shown(el)) continue;
        const r = el.getBoundingClientRect();
        const cy = r.top + r.height / 2;
        if (cy < 0 || cy > vh) continue;
        // Scrolled out of sight inside a box that scrolls up and down: the counsellor scrolls that box.
        const inner = [...clippers(el), ...verticalScrollers(el)].some((c) => {
          const b = c.getBoundingClientRect();
          return cy < b.top || cy > b.bottom;
        });
        if (inner) continue;
        seen.add(el);
        if (r.left < -1 || r.right > vw + 1) {
          found.push({ what: describe(el), why: `outside the window (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})` });
          continue;
        }
        const clipper = clippers(el).find((c) => {
          const b = c.getBoundingClientRect();
          // Text that ellipsis shortens on purpose is clipped by itself, not hidden.
          return r.left < b.left - 1 || r.right > b.right + 1;
        });
        if (clipper) {
          found.push({ what: describe(el), why: `cut off by a scrolling box (${Math.round(r.left)}–${Math.round(r.right)}, box ends at ${Math.round(clipper.getBoundingClientRect().right)})` });
          continue;
        }
        const cx = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1);
        const hit = document.elementFromPoint(cx, cy);
        if (hit && !el.contains(hit) && !hit.contains(el) && !ownTypingArea(el, hit)) found.push({ what: describe(el), why: `covered by ${describe(hit)}` });
      }
    }
    window.scrollTo(0, 0);
    return found;
  });
}
