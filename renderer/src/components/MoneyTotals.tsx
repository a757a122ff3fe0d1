import { Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { currenciesHomeFirst, homeFirst, type CurrencyTotals } from '../../../shared/domain/currency-totals';
import type { Currency } from '../../../shared/domain/money';
import { currencyOf } from '../../../shared/domain/region';
import { useSettings } from '../api/settings';
import { formatFen } from './Money';

// A figure over cases of several regions, one amount per currency: '¥120,000.00 · NT$30,000'.
// Never one sum. The installation's currency comes first; nothing at all shows as zero in it,
// so a database of mainland cases only looks exactly as it did before regions.

/** The installation's currency (its region's, Settings); renminbi until the settings are read. */
export function useHomeCurrency(): Currency {
  return currencyOf(useSettings().data?.region);
}

/** The currencies in the order lists sort and show them: the installation's first. */
export function useCurrencyOrder(): Currency[] {
  return currenciesHomeFirst(useHomeCurrency());
}

/** Each currency's amount in the UI language, the installation's first; zero in its currency when empty. */
export function totalsParts(totals: CurrencyTotals, language: string, home: Currency): { currency: Currency; text: string }[] {
  if (totals.length === 0) return [{ currency: home, text: formatFen(0, language, true, home) }];
  return homeFirst(totals, home).map((t) => ({ currency: t.currency, text: formatFen(t.amountMinor, language, true, t.currency) }));
}

/** The same as text, for titles and messages: '¥120,000.00 · NT$30,000'. */
export function useFormatTotals(): (totals: CurrencyTotals) => string {
  const { i18n } = useTranslation();
  const home = useHomeCurrency();
  return (totals) =>
    totalsParts(totals, i18n.language, home)
      .map((p) => p.text)
      .join(' · ');
}

export function MoneyTotals({ totals, strong, testId }: { totals: CurrencyTotals | null | undefined; strong?: boolean; testId?: string }) {
  const { t, i18n } = useTranslation();
  const home = useHomeCurrency();
  if (!totals) return <Typography.Text type="secondary">—</Typography.Text>;
  const parts = totalsParts(totals, i18n.language, home);
  // A plain span: it takes the size and colour of where it stands (a Statistic's large figure, a table cell).
  return (
    <span data-testid={testId} title={parts.length > 1 ? t('region.mixedCurrencies') : undefined} style={{ fontVariantNumeric: 'tabular-nums', fontWeight: strong ? 600 : undefined }}>
      {parts.map((p, i) => (
        // The separator stays with the amount after it, so a narrow card breaks before it, never after.
        <Fragment key={p.currency}>
          {i > 0 && ' '}
          <span style={{ whiteSpace: 'nowrap' }}>
            {i > 0 && '· '}
            <span data-currency={p.currency}>{p.text}</span>
          </span>
        </Fragment>
      ))}
    </span>
  );
}
