// @vitest-environment jsdom
import { act, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DateInput } from '../../../../renderer/src/components/DateInput';
import { MonthOrDateInput } from '../../../../renderer/src/components/MonthOrDateInput';
import { initI18n } from '../../../../renderer/src/i18n';

// CI run B: a date typed into a form and confirmed with Enter was replaced by the field's old
// date when the form was drawn again in between (a query answering, a message shown). The
// picker starts over from its value whenever the value's object changes; these tests draw the
// form again between typing and Enter, as that run did, and check the typed date is the one kept.

type FieldProps = { id: string; value: string | null; onChange: (v: string | null) => void };

let root: Root | null = null;
let host: HTMLElement | null = null;

beforeAll(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // antd asks for these; jsdom has neither.
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null,
    addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  await initI18n('zh-CN');
});

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
  host = null;
});

/** A form holding one date, with a way to draw it again without changing anything. */
function mount(field: (p: FieldProps) => ReactNode, initial: string | null) {
  const committed: (string | null)[] = [];
  let redraw = () => {};
  function Form() {
    const [value, setValue] = useState<string | null>(initial);
    const [draws, setDraws] = useState(0);
    redraw = () => setDraws(draws + 1);
    return (
      <div data-draws={draws}>
        {field({ id: 'paid-on', value, onChange: (v) => { committed.push(v); setValue(v); } })}
      </div>
    );
  }
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<Form />));
  const input = document.getElementById('paid-on');
  if (!(input instanceof HTMLInputElement)) throw new Error('no date input drawn');
  return { input, committed, redraw: () => act(() => redraw()) };
}

/** Types text the way a keyboard does: React sees an input event with the new value. */
function type(input: HTMLInputElement, text: string) {
  act(() => {
    input.focus();
    input.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function pressEnter(input: HTMLInputElement) {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
  });
}

describe('date fields keep a typed date when the form is drawn again before Enter', () => {
  it('DateInput commits the typed date, not the one it held', () => {
    const { input, committed, redraw } = mount((p) => <DateInput {...p} />, '2026-11-13');
    expect(input.value).toBe('2026-11-13');
    type(input, '2026-11-28');
    redraw();
    redraw();
    pressEnter(input);
    expect(committed).toEqual(['2026-11-28']);
    expect(input.value).toBe('2026-11-28');
  });

  it('DateInput with no date yet commits the typed one', () => {
    const { input, committed, redraw } = mount((p) => <DateInput {...p} />, null);
    type(input, '2025-02-03');
    redraw();
    pressEnter(input);
    expect(committed).toEqual(['2025-02-03']);
  });

  it('MonthOrDateInput (by day) commits the typed date', () => {
    const { input, committed, redraw } = mount((p) => <MonthOrDateInput {...p} />, '2024-06-10');
    expect(input.value).toBe('2024-06-10');
    type(input, '2024-07-21');
    redraw();
    pressEnter(input);
    expect(committed).toEqual(['2024-07-21']);
  });

  it('MonthOrDateInput (by month) commits the typed month', () => {
    const { input, committed, redraw } = mount((p) => <MonthOrDateInput {...p} />, '2024-06');
    expect(input.value).toBe('2024-06');
    type(input, '2023-12');
    redraw();
    pressEnter(input);
    expect(committed).toEqual(['2023-12']);
  });
});
