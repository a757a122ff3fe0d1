import {
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  EditOutlined,
  FileTextOutlined,
  FlagOutlined,
  MessageOutlined,
  PaperClipOutlined,
  PayCircleOutlined,
  PlusOutlined,
  SolutionOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Select, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useCaseCurrency } from '../../../components/caseRegion';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail, ClientStatus } from '../../../../../shared/schemas/clients';
import { utcToZoned, type ContactView } from '../../../../../shared/schemas/contacts';
import { TIMELINE_TYPES, type TimelineItem, type TimelineType } from '../../../../../shared/schemas/timeline';
import { useClientFollowups, useContact, useTimeline } from '../../../api/contacts';
import { useDebts } from '../../../api/debts';
import { errorText } from '../../../api/errors';
import { formatFen } from '../../../components/Money';
import { ContactDrawer, useTimeZone } from '../../contacts/ContactDrawer';
import { ContactEvidence } from '../../contacts/ContactEvidence';
import { CreateFollowupModal, FollowupDoneButton, FollowupSnoozeButton } from '../../contacts/FollowupActions';
import { StatusTag } from '../StatusTag';
import { LegalStep } from '../debts/LegalStep';
import { AgreementStep } from '../agreements/AgreementStep';
import { useShownText } from '../../../components/shownText';
import { groupTimeline, type TimelineEntry } from './timelineGroups';

const COLORS: Record<TimelineType, string> = { contact: 'blue', incident: 'red', offer: 'purple', letter: 'cyan', payment: 'green', status: 'gray', legal: 'orange', agreement: 'geekblue' };

function When({ at, timeZone, dateOnly }: { at: string; timeZone: string; dateOnly?: string }) {
  const local = utcToZoned(at, timeZone);
  return (
    <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums', fontSize: 12 }}>
      {dateOnly ?? `${local.date} ${local.time}`}
    </Typography.Text>
  );
}

function LenderLabel({ item }: { item: TimelineItem }) {
  const { t } = useTranslation();
  if (item.type === 'status') return null;
  return item.lenderName ? <Tag icon={<BankOutlined />}>{item.lenderName}</Tag> : <Tag>{t('contacts.timeline.caseWide')}</Tag>;
}

function ItemBody({ item, clientId, onEdit }: { item: TimelineItem; clientId: number; onEdit: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const shown = useShownText();
  const [showEvidence, setShowEvidence] = useState(false);
  const timeZone = useTimeZone();
  const fen = (v: number) => formatFen(v, i18n.language, true, caseCurrency);
  switch (item.type) {
    case 'contact':
    case 'incident': {
      const c = item.contact;
      return (
        <div data-testid={`timeline-${item.key}`}>
          <Space wrap size={4}>
            <When at={item.at} timeZone={timeZone} />
            {item.type === 'incident' && (
              <Tag color="red" icon={<WarningOutlined />}>
                {t('contacts.timeline.incident')}
              </Tag>
            )}
            <Tag>{t(`contacts.channels.${c.channel}`)}</Tag>
            <Tag color={c.direction === 'in' ? 'gold' : 'geekblue'}>{t(`contacts.directions.${c.direction}`)}</Tag>
            <LenderLabel item={item} />
            {c.source !== 'manual' && <Tag bordered={false}>{t(`contacts.sources.${c.source}`)}</Tag>}
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(c.id)} aria-label={t('contacts.timeline.edit')}>
              {t('contacts.timeline.edit')}
            </Button>
          </Space>
          <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{shown(c.summary, c.generated)}</Typography.Paragraph>
          {c.person && <Typography.Text type="secondary">{t('contacts.timeline.person', { name: c.person })}</Typography.Text>}
          {c.outcome && (
            <div>
              <Typography.Text>{t('contacts.timeline.outcome', { text: c.outcome })}</Typography.Text>
            </div>
          )}
          {item.type === 'incident' && (
            <div style={{ marginTop: 4, padding: '6px 10px', background: 'rgba(255, 77, 79, 0.06)', borderLeft: '3px solid #ff4d4f' }}>
              <Space wrap size={4}>
                {c.incidentTypes.map((type) => (
                  <Tag key={type} color="volcano">
                    {t(`contacts.incidentTypes.${type}`)}
                  </Tag>
                ))}
              </Space>
              {c.incidentDetails && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{c.incidentDetails}</Typography.Paragraph>}
            </div>
          )}
          {/* Evidence is always shown for an incident; for other entries on request (one query each). */}
          {item.type === 'incident' || showEvidence ? (
            <div style={{ marginTop: 6 }}>
              <ContactEvidence clientId={clientId} debtId={item.debtId ?? undefined} contactId={c.id} compact />
            </div>
          ) : (
            <Button type="link" size="small" icon={<PaperClipOutlined />} style={{ padding: 0 }} onClick={() => setShowEvidence(true)}>
              {t('contacts.timeline.evidence')}
            </Button>
          )}
        </div>
      );
    }
    case 'offer': {
      const o = item.offer;
      return (
        <div>
          <Space wrap size={4}>
            <When at={item.at} timeZone={timeZone} dateOnly={o.onDate} />
            <LenderLabel item={item} />
          </Space>
          <div>
            <Typography.Text strong>
              {t('contacts.timeline.offer', { status: t(`contacts.timeline.offerStatus.${o.status}`, { defaultValue: o.status }) })}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {t('contacts.timeline.offerTerms', { total: fen(o.totalFen) })}
              {o.monthlyFen !== null && o.months !== null && ` · ${t('contacts.timeline.offerMonthly', { monthly: fen(o.monthlyFen), months: o.months })}`}
            </Typography.Text>
          </div>
          {o.note && <Typography.Text type="secondary">{o.note}</Typography.Text>}
        </div>
      );
    }
    case 'letter':
      return (
        <div>
          <Space wrap size={4}>
            <When at={item.at} timeZone={timeZone} />
            <LenderLabel item={item} />
          </Space>
          <div>
            <Typography.Text strong>{t(`contacts.timeline.letter.${item.letter.event}`)}</Typography.Text> <Typography.Text>{item.letter.title}</Typography.Text>
          </div>
        </div>
      );
    case 'payment':
      return (
        <div>
          <Space wrap size={4}>
            <When at={item.at} timeZone={timeZone} dateOnly={item.payment.paidDate} />
            <LenderLabel item={item} />
          </Space>
          <div>
            <Typography.Text strong>{t('contacts.timeline.payment', { amount: fen(item.payment.amountFen) })}</Typography.Text>
          </div>
          {item.payment.note && <Typography.Text type="secondary">{item.payment.note}</Typography.Text>}
        </div>
      );
    case 'legal':
      return <LegalStep item={item} />;
    case 'agreement':
      return <AgreementStep item={item} />;
    case 'status':
      return (
        <div>
          <When at={item.at} timeZone={timeZone} />
          <div>
            {item.status.from ? (
              <Space size={4}>
                <StatusTag status={item.status.from as ClientStatus} />→<StatusTag status={item.status.to as ClientStatus} />
              </Space>
            ) : (
              <Space size={4}>
                {t('contacts.timeline.statusNew', { to: '' })}
                <StatusTag status={item.status.to as ClientStatus} />
              </Space>
            )}
          </div>
        </div>
      );
  }
}

const ICONS: Record<TimelineType, React.ReactNode> = {
  contact: <MessageOutlined />,
  incident: <WarningOutlined />,
  offer: <SolutionOutlined />,
  letter: <FileTextOutlined />,
  payment: <PayCircleOutlined />,
  status: <FlagOutlined />,
  legal: <AuditOutlined />,
  agreement: <CheckSquareOutlined />,
};

function OpenFollowups({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const shown = useShownText();
  const q = useClientFollowups(clientId);
  if (q.isPending) return <Spin size="small" />;
  if (q.isError) return <Typography.Text type="danger">{errorText(q.error, t)}</Typography.Text>;
  if (q.data.length === 0) return <Typography.Text type="secondary">{t('contacts.timeline.noFollowups')}</Typography.Text>;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={8}>
      {q.data.map((f) => (
        <div key={f.id} data-testid={`client-followup-${f.id}`}>
          <Space wrap size={4}>
            <Tag icon={<CalendarOutlined />}>{f.dueDate}</Tag>
            <Typography.Text>{f.lenderName ?? t('contacts.followups.caseWide')}</Typography.Text>
            <Typography.Text type="secondary">{t(`contacts.reasons.${f.reason}`)}</Typography.Text>
          </Space>
          {(f.note || f.generated) && <div style={{ fontSize: 12 }}>{shown(f.note, f.generated)}</div>}
          <Space size={4} style={{ marginTop: 4 }}>
            <FollowupDoneButton followup={f} />
            <FollowupSnoozeButton followup={f} />
          </Space>
        </div>
      ))}
    </Space>
  );
}

/** Several entries of one kind, action and day as one line that expands (timelineGroups.ts). */
function GroupBody({ entry, clientId, onEdit }: { entry: Extract<TimelineEntry, { kind: 'group' }>; clientId: number; onEdit: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const count = entry.group === 'payment' || entry.group === 'contact' ? entry.items.length : entry.lenders;
  const amount = formatFen(
    entry.items.reduce((s, i) => s + (i.type === 'payment' ? i.payment.amountFen : 0), 0),
    i18n.language,
  );
  const headline =
    entry.group === 'offer'
      ? t('contacts.timeline.group.offer', { status: t(`contacts.timeline.offerStatus.${entry.action}`, { defaultValue: entry.action }), count })
      : entry.group === 'letter'
        ? t('contacts.timeline.group.letter', { event: t(`contacts.timeline.letter.${entry.action}`), count })
        : entry.group === 'payment'
          ? t('contacts.timeline.group.payment', { count, amount })
          : t('contacts.timeline.group.contact', { source: t(`contacts.sources.${entry.action}`), count });
  return (
    <div data-testid={`timeline-group-${entry.group}-${entry.action}`}>
      <Space wrap size={4}>
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums', fontSize: 12 }}>
          {entry.day}
        </Typography.Text>
        <Typography.Text strong>{headline}</Typography.Text>
        <Button type="link" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('contacts.timeline.group.hide') : t('contacts.timeline.group.show', { count: entry.items.length })}
        </Button>
      </Space>
      {open && (
        <div style={{ borderLeft: '2px solid #f0f0f0', paddingLeft: 12, marginTop: 6 }}>
          {entry.items.map((item) => (
            <div key={item.key} style={{ marginBottom: 8 }}>
              <ItemBody item={item} clientId={clientId} onEdit={onEdit} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

// The client timeline: contacts (incidents highlighted), offer steps, letters, payments,
// case status changes, court steps and agreements' status changes, newest first, filterable by lender and type, loaded in pages.
export function TimelineTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const [lenderId, setLenderId] = useState<number | undefined>();
  const [types, setTypes] = useState<TimelineType[]>([]);
  const [drawer, setDrawer] = useState<{ open: boolean; contactId: number | null }>({ open: false, contactId: null });
  const [addingFollowup, setAddingFollowup] = useState(false);
  const debts = useDebts(client.id);
  const q = useTimeline(client.id, lenderId, types);
  const editing = useContact(drawer.contactId);

  const lenderOptions = useMemo(() => {
    const seen = new Map<number, string>();
    for (const d of debts.data?.items ?? []) seen.set(d.lenderId, d.lenderName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [debts.data]);

  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const timeZone = useTimeZone();
  const onEdit = (id: number) => setDrawer({ open: true, contactId: id });
  const editingContact: ContactView | null = drawer.contactId !== null ? (editing.data ?? null) : null;

  return (
    <Row gutter={16}>
      <Col xs={24} lg={17}>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, contactId: null })}>
              {t('contacts.timeline.add')}
            </Button>
            <Button icon={<CalendarOutlined />} onClick={() => setAddingFollowup(true)}>
              {t('contacts.timeline.addFollowup')}
            </Button>
            <Select
              allowClear
              style={{ minWidth: 180 }}
              placeholder={t('contacts.timeline.filterLender')}
              aria-label={t('contacts.timeline.filterLender')}
              value={lenderId}
              onChange={(v: number | undefined) => setLenderId(v)}
              options={lenderOptions}
            />
            <Select
              mode="multiple"
              allowClear
              style={{ minWidth: 240 }}
              placeholder={t('contacts.timeline.filterTypes')}
              aria-label={t('contacts.timeline.filterTypes')}
              value={types}
              onChange={(v: TimelineType[]) => setTypes(v)}
              options={TIMELINE_TYPES.map((type) => ({ value: type, label: t(`contacts.timeline.types.${type}`) }))}
            />
          </Space>
          {q.isPending ? (
            <Spin />
          ) : q.isError ? (
            <Typography.Text type="danger">{errorText(q.error, t)}</Typography.Text>
          ) : items.length === 0 ? (
            <Empty description={t('contacts.timeline.empty')} />
          ) : (
            <>
              <Timeline
                data-testid="client-timeline"
                items={groupTimeline(items, timeZone).map((entry) =>
                  entry.kind === 'item'
                    ? {
                        key: entry.item.key,
                        color: COLORS[entry.item.type],
                        icon: ICONS[entry.item.type],
                        content: <ItemBody item={entry.item} clientId={client.id} onEdit={onEdit} />,
                      }
                    : {
                        key: entry.key,
                        color: COLORS[entry.items[0]!.type],
                        icon: ICONS[entry.items[0]!.type],
                        content: <GroupBody entry={entry} clientId={client.id} onEdit={onEdit} />,
                      },
                )}
              />
              {q.hasNextPage && (
                <Button block onClick={() => void q.fetchNextPage()} loading={q.isFetchingNextPage}>
                  {t('contacts.timeline.loadMore')}
                </Button>
              )}
            </>
          )}
        </Space>
      </Col>
      <Col xs={24} lg={7}>
        <Card size="small" title={t('contacts.timeline.openFollowups')}>
          <OpenFollowups clientId={client.id} />
        </Card>
      </Col>
      {drawer.open && (drawer.contactId === null || editingContact) && (
        <ContactDrawer clientId={client.id} contact={editingContact} open onClose={() => setDrawer({ open: false, contactId: null })} />
      )}
      <CreateFollowupModal clientId={client.id} open={addingFollowup} onClose={() => setAddingFollowup(false)} />
    </Row>
  );
}
