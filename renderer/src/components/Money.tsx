import { Input, Typography } from 'antd';
import type { InputProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencySymbolOf, formatMoney, readMoney, type Currency, type MoneyLocale, type MoneyProblem } from '../../../shared/domain/money';
import { useCaseCurrency } from './caseRegion';

// Money on screen: stored as integer fen, read and written by the shared parser and
// formatter (shared/domain/money.ts), the same ones the PDFs and exports use. Typed as
// text, never through a number box, so nothing is rounded behind the counsellor's back.

const MONEY_LOCALES: readonly string[] = ['zh-CN', 'zh-TW', 'en'] satisfies MoneyLocale[];

/** The UI language as the formatter's locale (zh-CN for anything it does not know). */
export function moneyLocale(language: string): MoneyLocale {
  return MONEY_LOCALES.includes(language) ? (language as MoneyLocale) : 'zh-CN';
}

/**
 * ¥12,345.67 in the UI language (the shared formatter picks the symbol); `currency` is the
 * case's (useCaseCurrency inside a case page), renminbi when left out.
 */
export function formatFen(fen: number, language: string, symbol = true, currency: Currency = 'CNY'): string {
  return formatMoney(fen, { locale: moneyLocale(language), symbol, currency });
}

/** The currency symbol the formatter writes in the UI language ('¥' for CNY; 'CN¥' in Traditional Chinese; 'NT$'). */
export function currencySymbol(language: string, currency: Currency = 'CNY'): string {
  return currencySymbolOf(currency, moneyLocale(language));
}

/** formatFen in the currency of the case on screen. */
export function useFormatFen(): (fen: number, symbol?: boolean) => string {
  const { i18n } = useTranslation();
  const currency = useCaseCurrency();
  return (fen, symbol = true) => formatFen(fen, i18n.language, symbol, currency);
}

export function MoneyText({ fen, strong, colorNegative, currency }: { fen: number | null | undefined; strong?: boolean; colorNegative?: boolean; currency?: Currency }) {
  const { i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  if (fen === null || fen === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text strong={strong} type={colorNegative && fen < 0 ? 'danger' : undefined} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {formatFen(fen, i18n.language, true, currency ?? caseCurrency)}
    </Typography.Text>
  );
}

/**
 * What a money box holds: fen, null when empty, or - when what was typed is not an
 * amount - that text itself, so the form cannot mistake it for a number (the contract
 * refuses it too) and the message can say why.
 */
export type MoneyValue = number | null | string;

/** True when the box holds an amount in fen (not empty, not unreadable text). */
export function isFen(v: MoneyValue | undefined): v is number {
  return typeof v === 'number';
}

/** For running totals while typing: a box that is empty or unreadable (its message says so) counts as 0. */
export function fenOrZero(v: MoneyValue | undefined): number {
  return isFen(v) ? v : 0;
}

/** Why `text` is not an amount, or null when it is one (or is empty). */
export function moneyProblem(text: string): MoneyProblem | null {
  const r = readMoney(text);
  return 'problem' in r && r.problem !== 'empty' ? r.problem : null;
}

/** The Form.Item rule that refuses unreadable text with the reason; pair with `inlineError={false}`. */
export function moneyRule(t: TFunction): Rule {
  return {
    validator: (_rule, v: MoneyValue | undefined) =>
      typeof v === 'string' ? Promise.reject(new Error(t(`money.problems.${moneyProblem(v) ?? 'notNumber'}`))) : Promise.resolve(),
  };
}

const UnreadableReport = createContext<((key: string, bad: boolean) => void) | null>(null);

/** Money boxes inside report to the screen whether they hold unreadable text (see useUnreadableBoxes). */
export const UnreadableAmounts = UnreadableReport.Provider;

/**
 * For screens with money boxes outside a Form: which boxes (by `trackAs` key, else their own
 * id) hold text that is not an amount, so Save can refuse while any do. Each box shows its
 * own message; a box that goes away (a line removed, a remedy changed) stops counting.
 * Give the second value to <UnreadableAmounts value={...}> around the boxes.
 */
export function useUnreadableBoxes(): [ReadonlySet<string>, (key: string, bad: boolean) => void] {
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  const note = useCallback(
    (key: string, bad: boolean) =>
      setKeys((u) => {
        if (bad === u.has(key)) return u;
        const next = new Set(u);
        if (bad) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  return [keys, note];
}

const toText = (v: MoneyValue | undefined): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : formatMoney(v, { symbol: false }));

type MoneyInputProps = Omit<InputProps, 'value' | 'onChange' | 'prefix'> & {
  value?: MoneyValue;
  onChange?: (value: MoneyValue) => void;
  /** Show the reason under the box; off inside a Form.Item that carries moneyRule (it shows it there). */
  inlineError?: boolean;
  /** The key this box reports under to an enclosing <UnreadableAmounts> (default: its own id). */
  trackAs?: string;
};

/**
 * An amount typed as text: '1,234.56', '¥1234.56', full-width digits and spaces are read;
 * anything else ('1234,56', '0.005', words) is refused with the reason. Right-aligned,
 * the decimal keyboard on touch screens, and tidied to '1,234.56' when the box is left.
 */
export function MoneyInput({ value, onChange, inlineError = true, trackAs, onBlur, style, ...rest }: MoneyInputProps) {
  const { t, i18n } = useTranslation();
  const currency = useCaseCurrency();
  const messageId = useId();
  const [text, setText] = useState(() => toText(value));
  // The value this box last reported: a different one came from outside (initial values,
  // a reset, a computed default) and replaces the text; our own echo does not.
  const reported = useRef<MoneyValue | undefined>(value);
  useEffect(() => {
    if (Object.is(value, reported.current)) return;
    reported.current = value;
    setText(toText(value));
  }, [value]);

  const report = (next: string) => {
    setText(next);
    const r = readMoney(next);
    const v: MoneyValue = 'fen' in r ? r.fen : r.problem === 'empty' ? null : next;
    reported.current = v;
    onChange?.(v);
  };

  const problem = moneyProblem(text);
  const bad = problem !== null;
  const reportUnreadable = useContext(UnreadableReport);
  const key = trackAs ?? messageId;
  useEffect(() => {
    if (!reportUnreadable) return;
    reportUnreadable(key, bad);
    return () => reportUnreadable(key, false);
  }, [reportUnreadable, key, bad]);
  return (
    <>
      <Input
        {...rest}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        prefix={currencySymbol(i18n.language, currency)}
        status={problem ? 'error' : rest.status}
        aria-invalid={problem ? true : rest['aria-invalid']}
        aria-describedby={problem && inlineError ? messageId : rest['aria-describedby']}
        style={{ width: '100%', ...style }}
        styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
        value={text}
        onChange={(e) => report(e.target.value)}
        onBlur={(e) => {
          const r = readMoney(text);
          if ('fen' in r && toText(r.fen) !== text) setText(toText(r.fen));
          onBlur?.(e);
        }}
      />
      {problem && inlineError && (
        <Typography.Text type="danger" id={messageId} role="alert" style={{ fontSize: 12, display: 'block' }}>
          {t(`money.problems.${problem}`)}
        </Typography.Text>
      )}
    </>
  );
}
