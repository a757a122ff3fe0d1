import { WarningOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebtView } from '../../../../../shared/schemas/debts';
import { CostExplanation } from './CostExplanation';
import { decimalToPercentText, formatLine, formatPercent } from './format';

type Cost = DebtView['cost'];

/** A reference line the primary figure is above, worded as a comparison and never as a verdict. */
function AboveLineTag({ line, basis, severe }: { line: Cost['aboveLines'][number]; basis: Cost['basis']; severe?: boolean }) {
  const { t, i18n } = useTranslation();
  const text = formatLine(line.rate, i18n.language);
  const long = line.kind === 'lpr4' ? t('cost.aboveLprLong', { line: text }) : basis === 'irrMethod' ? t('cost.aboveLineLong', { line: text }) : t('debts.cost.aboveLineLong', { line: text });
  return (
    <Tooltip
      title={
        <>
          {long}
          <br />
          {t('debts.cost.linesNote')}
        </>
      }
    >
      <Tag color={severe ? 'red' : 'orange'} icon={<WarningOutlined />} data-testid="cost-mark" style={{ marginInlineEnd: 0 }}>
        {line.kind === 'lpr4' ? t('cost.aboveLpr', { line: text }) : t('debts.cost.aboveLine', { line: text })}
      </Tag>
    </Tooltip>
  );
}

function Figure({ label, value, primary }: { label: string; value: string; primary?: boolean }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid={primary ? 'cost-primary' : undefined}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}{' '}
      </Typography.Text>
      <Typography.Text strong={primary} type={primary ? undefined : 'secondary'} style={{ fontVariantNumeric: 'tabular-nums', fontSize: primary ? undefined : 12 }}>
        {value}
      </Typography.Text>
    </span>
  );
}

/**
 * The quoted rate, then the primary annual figure - the IRR-method rate of the real cash
 * flows, or without a schedule the quoted rate made annual simply - with the lines it is
 * above; the compounded figures beside it, smaller; and how it was worked out, on demand.
 */
export function CostCell({ debt }: { debt: DebtView }) {
  const { t, i18n } = useTranslation();
  const [explaining, setExplaining] = useState(false);
  const { cost, rate } = debt;
  const pct = (x: number) => formatPercent(x, i18n.language);
  if (cost.primary === null) return <Typography.Text type="secondary">{t('debts.cost.unknown')}</Typography.Text>;
  const irr = cost.irrMethod;
  const secondary: { key: string; label: string; value: number }[] = irr
    ? [
        { key: 'effective', label: t('cost.effective'), value: irr.effectiveAnnualRate },
        ...(irr.xirr !== null ? [{ key: 'xirr', label: t('cost.xirr'), value: irr.xirr }] : []),
      ]
    : cost.quotedAnnualCompound !== null && rate?.unit !== 'annual'
      ? [{ key: 'compound', label: t('debts.cost.compound'), value: cost.quotedAnnualCompound }]
      : [];
  return (
    <Space direction="vertical" size={2}>
      {rate && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`debts.rateShort.${rate.unit}`, { value: decimalToPercentText(rate.value) })}
        </Typography.Text>
      )}
      <Figure primary label={irr ? t('cost.primary') : t('debts.cost.simple')} value={pct(cost.primary)} />
      {secondary.map((f) => (
        <Figure key={f.key} label={f.label} value={pct(f.value)} />
      ))}
      {cost.aboveLines.length > 0 && (
        <Space size={4} wrap>
          {cost.aboveLines.map((line, i) => (
            // The lines come lowest first: every line beyond the first is the graver mark.
            <AboveLineTag key={`${line.kind}-${line.rate}`} line={line} basis={cost.basis} severe={i > 0} />
          ))}
        </Space>
      )}
      <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setExplaining(true)} aria-label={`${t('cost.explainOpen')} ${debt.lenderName}`}>
        {t('cost.explainOpen')}
      </Button>
      {explaining && <CostExplanation debt={debt} onClose={() => setExplaining(false)} />}
    </Space>
  );
}
