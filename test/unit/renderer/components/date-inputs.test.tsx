// @vitest-environment jsdom
import { act, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DateInput } from '../../../../renderer/src/components/DateInput';
import { MonthOrDateInput } from '../../../../renderer/src/components/MonthOrDateInput';
import { prepareDom } from './dom';

// CI run B: a date typed into a form and confirmed with Enter was replaced by the field's old
// date when the form was drawn again in between (a query answering, a message shown). The
// picker starts over from its value whenever the value's object changes; these tests draw the
// form again between typing and Enter, as that run did, and check the typed date is the one kept.

type FieldProps = { id: string; value: string | null; onChange: (v: string | null) => void };

let root: Root | null = null;
let host: HTMLElement | null = null;

beforeAll(prepareDom);

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

const FIELDS = {
  DateInput: (p: FieldProps) => <DateInput {...p} />,
  MonthOrDateInput: (p: FieldProps) => <MonthOrDateInput {...p} />,
};

describe('date fields keep a typed date when the form is drawn again before Enter', () => {
  it.each([
    { field: 'DateInput', held: '2026-11-13', typed: '2026-11-28', redraws: 2 },
    { field: 'DateInput', held: null, typed: '2025-02-03', redraws: 1 },
    { field: 'MonthOrDateInput', held: '2024-06-10', typed: '2024-07-21', redraws: 1 },
    { field: 'MonthOrDateInput', held: '2024-06', typed: '2023-12', redraws: 1 },
  ] as const)('$field holding $held commits the typed $typed', ({ field, held, typed, redraws }) => {
    const { input, committed, redraw } = mount(FIELDS[field], held);
    expect(input.value).toBe(held ?? '');
    type(input, typed);
    for (let i = 0; i < redraws; i++) redraw();
    pressEnter(input);
    expect(committed).toEqual([typed]);
    expect(input.value).toBe(typed);
  });
});
