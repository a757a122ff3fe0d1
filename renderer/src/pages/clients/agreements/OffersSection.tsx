import { DeleteOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferView } from '../../../../../shared/schemas/agreements';
import { useDeleteOffer, useOffers } from '../../../api/agreements';
import { errorText } from '../../../api/errors';
import { useStale } from '../../../api/replan';
import type { FigureChange } from '../../../../../shared/schemas/replan';
import { StaleTag } from '../replan/StaleMark';
import { CreateOfferModal, FromProposalModal } from './CreateOffers';
import { OfferStatusTag, TermsLine } from './format';
import { TransitionModal, actionLabelKey, type TransitionTo } from './TransitionModal';

const STEP_STATUS = { drafted: 'finish', sent: 'finish', countered: 'finish', accepted: 'finish', rejected: 'error', expired: 'error' } as const;

function OfferCard({ offer, clientId, onAct, stale }: { offer: OfferView; clientId: number; onAct: (to: TransitionTo) => void; stale?: readonly FigureChange[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const del = useDeleteOffer(clientId);
  const actions = offer.next.filter((s): s is TransitionTo => s !== 'drafted');
  return (
    <div data-testid={`offer-${offer.id}`} style={{ borderTop: '1px solid rgba(5,5,5,0.06)', paddingTop: 12, marginTop: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <OfferStatusTag status={offer.status} />
          {stale && <StaleTag changes={stale} testId={`offer-stale-${offer.id}`} />}
          <TermsLine terms={offer.terms} />
          {offer.accountRef && <Typography.Text type="secondary">{offer.accountRef}</Typography.Text>}
          {offer.validUntil && (offer.status === 'sent' || offer.status === 'countered') && <Tag>{t('agreements.offers.validUntil', { date: offer.validUntil })}</Tag>}
        </Space>
        <Space wrap>
          {actions.map((to) => (
            <Button key={to} size="small" type={to === 'accepted' || (to === 'sent' && offer.status === 'drafted') ? 'primary' : 'default'} danger={to === 'rejected'} onClick={() => onAct(to)} data-testid={`offer-action-${to}`}>
              {t(actionLabelKey(offer, to))}
            </Button>
          ))}
          {offer.status === 'drafted' && (
            <Popconfirm
              title={t('agreements.offers.deleteConfirm')}
              okText={t('agreements.actions.delete')}
              cancelText={t('agreements.actions.cancel')}
              onConfirm={() =>
                del.mutateAsync({ id: offer.id, rev: offer.rev }).then(
                  () => message.success(t('agreements.offers.deleted')),
                  (err: unknown) => message.error(errorText(err, t)),
                )
              }
            >
              <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('agreements.actions.delete')} />
            </Popconfirm>
          )}
        </Space>
      </Space>
      {offer.counterTerms && (
        <div style={{ marginTop: 6 }}>
          <Tag color="orange">{t('agreements.offers.counterTerms')}</Tag>
          <TermsLine terms={offer.counterTerms} />
        </div>
      )}
      <Steps
        size="small"
        style={{ marginTop: 12 }}
        current={offer.events.length - 1}
        items={offer.events.map((e) => ({
          status: STEP_STATUS[e.status],
          title: t(`agreements.status.${e.status}`),
          description: (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.onDate}
              {e.note ? ` · ${e.note}` : ''}
            </Typography.Text>
          ),
        }))}
      />
    </div>
  );
}

export function OffersSection({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const offers = useOffers(clientId);
  const stale = new Map((useStale(clientId).data?.offers ?? []).map((o) => [o.id, o.changes]));
  const [dialog, setDialog] = useState<null | 'proposal' | 'create'>(null);
  const [acting, setActing] = useState<{ offer: OfferView; to: TransitionTo } | null>(null);
  const items = offers.data?.items ?? [];
  const byLender = new Map<number, { name: string; offers: OfferView[] }>();
  for (const o of items) {
    const g = byLender.get(o.lenderId) ?? { name: o.lenderName, offers: [] };
    g.offers.push(o);
    byLender.set(o.lenderId, g);
  }

  return (
    <Card
      title={t('agreements.offers.title')}
      loading={offers.isLoading}
      extra={
        <Space>
          <Button icon={<FileAddOutlined />} onClick={() => setDialog('proposal')} data-testid="offers-from-proposal">
            {t('agreements.offers.fromProposal')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="offers-create">
            {t('agreements.offers.create')}
          </Button>
        </Space>
      }
    >
      {items.length === 0 ? (
        <Empty description={t('agreements.offers.empty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          {[...byLender.entries()].map(([lenderId, g]) => (
            <Card key={lenderId} size="small" type="inner" title={g.name} data-testid="offer-lender-group" extra={<Typography.Text type="secondary">{t('agreements.offers.count', { count: g.offers.length })}</Typography.Text>}>
              {g.offers.map((o) => (
                <OfferCard key={o.id} offer={o} clientId={clientId} stale={stale.get(o.id)} onAct={(to) => setActing({ offer: o, to })} />
              ))}
            </Card>
          ))}
        </Space>
      )}
      {dialog === 'proposal' && <FromProposalModal clientId={clientId} onClose={() => setDialog(null)} />}
      {dialog === 'create' && <CreateOfferModal clientId={clientId} onClose={() => setDialog(null)} />}
      {acting && <TransitionModal offer={acting.offer} to={acting.to} clientId={clientId} onClose={() => setActing(null)} />}
    </Card>
  );
}
