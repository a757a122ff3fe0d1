import { BulbOutlined, WarningOutlined } from '@ant-design/icons';
import { Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { share } from '../../../../shared/domain/insights';
import type { Remedy } from '../../../../shared/schemas/remedies';
import { useInsightHints } from '../../api/insights';
import { medianText } from './figures';

// Beside a line of the proposal builder: what this lender did with offers of the line's
// remedy in the cases here ("accepted 7 of 9 answered, median 62 days to agree"). Every line
// passes the lenders of all lines, so the builder asks once for all of them.
export function LenderHint({ lenderIds, lenderId, lenderName, remedy }: { lenderIds: readonly number[]; lenderId: number; lenderName: string; remedy: Remedy }) {
  const { t } = useTranslation();
  const q = useInsightHints(lenderIds);
  const hint = q.data?.lenders.find((l) => l.lenderId === lenderId);
  const r = hint?.remedies.find((x) => x.remedy === remedy);
  const remedyName = t(`agreements.remedies.${remedy}`);
  let text: string | null = null;
  if (r && r.answered > 0) {
    const s = share(r.accepted, r.answered);
    text = t('insights.hint.accepted', { n: r.accepted, of: r.answered, remedy: remedyName });
    if (s.pct !== null) text += t('insights.hint.pct', { pct: s.pct });
    if (r.agreeDays.value !== null) text += t('insights.hint.days', { days: Math.round(r.agreeDays.value), n: r.agreeDays.n });
    if (s.tooFew) text += t('insights.hint.tooFew');
  } else if (r && r.pending > 0) {
    text = t('insights.hint.noAnswer', { remedy: remedyName }) + t('insights.hint.pending', { count: r.pending });
  }
  const incidents = hint?.incidents ?? 0;
  if (text === null && incidents === 0) return null;
  const details = r && (
    <Space direction="vertical" size={0}>
      <span>
        {t('insights.columns.countered')} {r.countered} · {t('insights.columns.refused')} {r.refused} · {t('insights.columns.pending')} {r.pending} · {t('insights.columns.expired')} {r.expired}
      </span>
      <span>{t('insights.labelled', { label: t('insights.columns.waiver'), value: medianText(t, r.waiverPct, 'insights.pct') })}</span>
      <span>{t('insights.labelled', { label: t('insights.columns.reply'), value: medianText(t, r.replyDays, 'insights.days') })}</span>
    </Space>
  );
  return (
    <Tooltip title={details}>
      <Space size={6} wrap data-testid={`insight-hint-${lenderName}`} aria-label={t('insights.hint.label', { lender: lenderName })} role="note">
        {text !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <BulbOutlined /> {text}
          </Typography.Text>
        )}
        {incidents > 0 && (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            <WarningOutlined /> {t('insights.hint.incidents', { count: incidents })}
          </Typography.Text>
        )}
      </Space>
    </Tooltip>
  );
}
