import { Alert, Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { useCaseCurrency } from '../../../components/caseRegion';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../../shared/domain/phone';
import { currencyOf } from '../../../../../shared/domain/region';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import { useDebts } from '../../../api/debts';
import { formatFen } from '../../../components/Money';
import { PacketsPanel } from '../documents/PacketsPanel';
import { StaleSummary } from '../replan/StaleMark';
import { IdNumberField } from '../IdNumberField';
import { StatusTag } from '../StatusTag';
import { useInstantFormat } from '../../../components/instant';

/** One screen that says what the client owes, to whom, how overdue, and what they can afford. */
export function OverviewTab({ client: c }: { client: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const instant = useInstantFormat();
  const caseCurrency = useCaseCurrency();
  const debts = useDebts(c.id);
  const dash = <Typography.Text type="secondary">{t('common.notSet')}</Typography.Text>;
  const totals = debts.data?.totals;

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Row gutter={16}>
          <Col xs={12} lg={6}>
            <Card size="small" data-testid="overview-total-owed">
              <Statistic title={t('profile.overview.totalOwed')} value={totals ? formatFen(totals.outstandingFen, i18n.language, true, caseCurrency) : '—'} loading={debts.isPending} />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title={t('profile.overview.lenders')}
                value={debts.data?.byLender.length ?? 0}
                suffix={totals ? `· ${totals.count} ${t('profile.overview.debts')}` : undefined}
                loading={debts.isPending}
              />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title={t('profile.overview.maxOverdue')}
                value={totals?.maxDaysOverdue != null ? t('profile.overview.days', { count: totals.maxDaysOverdue }) : '—'}
                loading={debts.isPending}
              />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title={t('profile.overview.disposable')}
                value={c.disposableFen === null ? t('profile.overview.noStatement') : formatFen(c.disposableFen, i18n.language, true, caseCurrency)}
                styles={{ content: { color: c.disposableFen !== null && c.disposableFen < 0 ? '#cf1322' : undefined, fontSize: c.disposableFen === null ? 16 : undefined } }}
              />
            </Card>
          </Col>
        </Row>
      </Col>
      <Col span={24}>
        <StaleSummary clientId={c.id} />
      </Col>
      {!c.consentDate && (
        <Col span={24}>
          <Alert type="warning" showIcon title={t('profile.overview.consentMissing')} />
        </Col>
      )}
      <Col span={24}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle" title={t('clients.detail')}>
          <Descriptions.Item label={t('clients.fields.gender')}>{t(`clients.genders.${c.gender}`)}</Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.phone')}>{c.phone ? formatPhone(c.phone) : dash}</Descriptions.Item>
          <Descriptions.Item label={c.idType === 'prc_resident' ? t('clients.fields.idNumber') : t(`region.idTypes.${c.idType}`)}>
            <IdNumberField client={c} />
          </Descriptions.Item>
          <Descriptions.Item label={t('region.label')}>
            {t(`region.names.${c.region}`)} · {t(`region.currencies.${currencyOf(c.region)}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.email')}>{c.email ?? dash}</Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.address')} span={2}>
            {c.address ?? dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.overview.household')}>
            {c.householdAdults === null && c.householdDependants === null
              ? dash
              : t('profile.overview.householdValue', { adults: c.householdAdults ?? 0, dependants: c.householdDependants ?? 0 })}
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.fields.employmentStatus')}>
            {c.employmentStatus ? [t(`profile.employment.${c.employmentStatus}`), c.occupation, c.employer].filter(Boolean).join(' · ') : dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.fields.hardshipReason')}>
            {c.hardshipReason ? `${t(`profile.hardship.${c.hardshipReason}`)}${c.hardshipSince ? ` · ${c.hardshipSince}` : ''}` : dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.fields.consentDate')}>
            {c.consentDate ? t('profile.overview.consentRecorded', { date: c.consentDate }) : dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.fields.hardshipDetails')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.hardshipDetails ?? dash}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.status')}>
            <StatusTag status={c.status} />
            {c.closureReason && ` ${t(`profile.closure.${c.closureReason}`)}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.fields.assignedCounsellor')}>{c.assignedCounsellor ?? dash}</Descriptions.Item>
          <Descriptions.Item label={t('clients.columns.createdAt')}>{instant(c.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('clients.columns.updatedAt')}>{instant(c.updatedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.notes')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.notes ?? dash}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Col>
      <Col span={24}>
        <PacketsPanel clientId={c.id} />
      </Col>
    </Row>
  );
}
