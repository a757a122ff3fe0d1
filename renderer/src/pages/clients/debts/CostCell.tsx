import { WarningOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DebtView } from '../../../../../shared/schemas/debts';
import { decimalToPercentText, formatLine, formatPercent } from './format';

/** A reference line the cost is above, worded as a comparison and never as a verdict. */
export function AboveLineTag({ line, severe }: { line: number; severe?: boolean }) {
  const { t, i18n } = useTranslation();
  const text = formatLine(line, i18n.language);
  return (
    <Tooltip
      title={
        <>
          {t('debts.cost.aboveLineLong', { line: text })}
          <br />
          {t('debts.cost.linesNote')}
        </>
      }
    >
      <Tag color={severe ? 'red' : 'orange'} icon={<WarningOutlined />} data-testid="cost-mark" style={{ marginInlineEnd: 0 }}>
        {t('debts.cost.aboveLine', { line: text })}
      </Tag>
    </Tooltip>
  );
}

/** The quoted rate, its annual figures and, when a schedule allows, the true annual cost (IRR). */
export function CostCell({ debt }: { debt: DebtView }) {
  const { t, i18n } = useTranslation();
  const { cost, rate } = debt;
  const pct = (x: number) => formatPercent(x, i18n.language);
  const figures: { key: string; label: string; value: number }[] = [];
  if (cost.irrAnnual !== null) figures.push({ key: 'irr', label: t('debts.cost.irr'), value: cost.irrAnnual });
  if (cost.quotedAnnualSimple !== null) figures.push({ key: 'simple', label: t('debts.cost.simple'), value: cost.quotedAnnualSimple });
  if (cost.quotedAnnualCompound !== null && rate?.unit !== 'annual') figures.push({ key: 'compound', label: t('debts.cost.compound'), value: cost.quotedAnnualCompound });

  if (!figures.length) return <Typography.Text type="secondary">{t('debts.cost.unknown')}</Typography.Text>;
  return (
    <Space direction="vertical" size={2}>
      {rate && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`debts.rateShort.${rate.unit}`, { value: decimalToPercentText(rate.value) })}
        </Typography.Text>
      )}
      {figures.map((f) => (
        <span key={f.key} style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.label}{' '}
          </Typography.Text>
          <Typography.Text strong={f.key === 'irr'} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {pct(f.value)}
          </Typography.Text>
        </span>
      ))}
      {cost.aboveLines.length > 0 && (
        <Space size={4} wrap>
          {cost.aboveLines.map((line, i) => (
            // The lines come lowest first: every line beyond the first is the graver mark.
            <AboveLineTag key={line} line={line} severe={i > 0} />
          ))}
        </Space>
      )}
    </Space>
  );
}
