import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FigureChange } from '../../../../../shared/schemas/replan';
import { useFormatFen } from '../../../components/Money';

/** One change in the UI language, e.g. "可支配收入 ¥3,200.00 → ¥2,400.00" or "新增债务：某某（¥3,000.00）". */
function changeText(c: FigureChange, t: TFunction, formatFen: (fen: number) => string): string {
  const money = (fen: number | null) => (fen === null ? t('replan.change.disposableNone') : formatFen(fen));
  switch (c.kind) {
    case 'disposable':
      return t('replan.change.disposable', { from: money(c.fromFen), to: money(c.toFen) });
    case 'debtAdded':
      return t('replan.change.debtAdded', { lender: c.lenderName, amount: money(c.balanceFen) });
    case 'debtClosed':
      return t(c.status === 'settled' ? 'replan.change.debtClosed' : 'replan.change.debtWrittenOff', { lender: c.lenderName });
    case 'debtRemoved':
      return t('replan.change.debtRemoved', { lender: c.lenderName });
    case 'balance':
      return t('replan.change.balance', { lender: c.lenderName, from: money(c.fromFen), to: money(c.toFen) });
  }
}

/** What changed since a plan or an offer was made, one line each. */
export function ChangeList({ changes, testId }: { changes: readonly FigureChange[]; testId?: string }) {
  const { t } = useTranslation();
  const formatFen = useFormatFen(); // the case's currency
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid={testId}>
      {changes.map((c, i) => (
        <li key={i}>
          <Typography.Text>{changeText(c, t, formatFen)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
