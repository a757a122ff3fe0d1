import { InputNumber, Typography } from 'antd';
import type { InputNumberProps } from 'antd';
import { useTranslation } from 'react-i18next';

// Money on screen: stored as integer fen, shown as yuan with two decimals and
// thousands separators, typed as text so no float ever holds an amount.

/** '1234.5' or '1,234.50' -> 123450 fen; null for anything that is not a plain amount. */
export function yuanTextToFen(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const clean = String(text).replace(/[,\s¥￥]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(clean);
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return m[1] ? -fen : fen;
}

export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** ¥12,345.67 in the UI language's number format. */
export function formatFen(fen: number, locale: string, symbol = true): string {
  const abs = Math.abs(fen);
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.trunc(abs / 100));
  return `${fen < 0 ? '-' : ''}${symbol ? '¥' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

export function MoneyText({ fen, strong, colorNegative }: { fen: number | null | undefined; strong?: boolean; colorNegative?: boolean }) {
  const { i18n } = useTranslation();
  if (fen === null || fen === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text strong={strong} type={colorNegative && fen < 0 ? 'danger' : undefined} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {formatFen(fen, i18n.language)}
    </Typography.Text>
  );
}

type MoneyInputProps = Omit<InputNumberProps<string>, 'value' | 'onChange' | 'stringMode'> & {
  value?: number | null;
  onChange?: (fen: number | null) => void;
};

/** An amount in yuan on screen, in fen to the form. */
export function MoneyInput({ value, onChange, ...rest }: MoneyInputProps) {
  return (
    <InputNumber<string>
      {...rest}
      stringMode
      min="0"
      precision={2}
      prefix="¥"
      style={{ width: '100%', ...rest.style }}
      value={value === null || value === undefined ? null : fenToYuanText(value)}
      formatter={(v) => (v ? String(v).replace(/\B(?=(\d{3})+(?!\d))(?=[^.]*$)/g, ',') : '')}
      parser={(v) => (v ?? '').replace(/[,\s¥￥]/g, '')}
      onChange={(v) => onChange?.(v === null || v === '' ? null : yuanTextToFen(v))}
    />
  );
}
