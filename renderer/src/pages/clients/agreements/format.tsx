import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../../shared/domain/dates';
import type { AgreementStatus, InstalmentState, OfferStatus } from '../../../../../shared/schemas/agreements';
import type { Terms } from '../../../../../shared/schemas/remedies';
import { useSettings } from '../../../api/settings';
import { MoneyText } from '../../../components/Money';

// Colours and small pieces shared by the offers and agreements views.

const OFFER_COLORS: Record<OfferStatus, string> = {
  drafted: 'default',
  sent: 'processing',
  countered: 'orange',
  accepted: 'success',
  rejected: 'error',
  expired: 'default',
};

export const AGREEMENT_COLORS: Record<AgreementStatus, string> = { active: 'processing', completed: 'success', broken: 'error', cancelled: 'default' };

const STATE_COLORS: Record<InstalmentState, string> = { paid: 'success', partial: 'cyan', due: 'default', late: 'warning', missed: 'error' };

export function OfferStatusTag({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={OFFER_COLORS[status]} data-testid="offer-status">
      {t(`agreements.status.${status}`)}
    </Tag>
  );
}

export function StateTag({ state }: { state: InstalmentState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="instalment-state">
      {t(`agreements.state.${state}`)}
    </Tag>
  );
}

/** Today in the counsellor's time zone (Settings), as 'YYYY-MM-DD'. */
export function useToday(): string {
  const settings = useSettings();
  return todayIn(settings.data?.timeZone ?? 'Asia/Shanghai', new Date());
}

/** One line: remedy, total, monthly × months, saving. */
export function TermsLine({ terms }: { terms: Terms }) {
  const { t } = useTranslation();
  return (
    <Space size={8} wrap>
      <Typography.Text>{t(`agreements.remedies.${terms.params.remedy}`)}</Typography.Text>
      <Typography.Text type="secondary">{t('agreements.terms.total')}</Typography.Text>
      <MoneyText fen={terms.totalFen} strong />
      {terms.monthlyFen !== null && terms.months !== null ? (
        <Typography.Text type="secondary">
          <MoneyText fen={terms.monthlyFen} /> × {t('agreements.terms.months', { count: terms.months })}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{terms.schedule.length ? t('agreements.terms.once') : t('agreements.terms.none')}</Typography.Text>
      )}
    </Space>
  );
}
