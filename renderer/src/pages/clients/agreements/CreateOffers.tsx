import { App, Checkbox, Empty, Form, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateOffer, useCreateOffersFromProposal, useProposalChoices } from '../../../api/agreements';
import { useDebts } from '../../../api/debts';
import { errorText } from '../../../api/errors';
import { useSaveAndClose } from '../../../hooks/useFormFailure';
import { DateInput } from '../../../components/DateInput';
import { MoneyText } from '../../../components/Money';
import { CONTACT_CHANNELS } from '../../../../../shared/schemas/agreements';
import { useToday } from './format';
import { NoteField, SaveDialog } from './SaveDialog';
import { RemedyFields, toParams, type RemedyFormValues } from './RemedyFields';

/** Pick a saved proposal, tick the lines to offer: one drafted offer per line. */
export function FromProposalModal({ clientId, onClose }: { clientId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const choices = useProposalChoices(clientId, true);
  const create = useCreateOffersFromProposal(clientId);
  const [proposalId, setProposalId] = useState<number | null>(null);
  const [lineIds, setLineIds] = useState<number[]>([]);
  const [validUntil, setValidUntil] = useState<string | null>(null);
  const today = useToday();
  const [draftedOn, setDraftedOn] = useState<string | null>(null);
  const proposals = choices.data ?? [];
  const proposal = proposals.find((p) => p.id === proposalId) ?? null;

  useEffect(() => {
    if (proposalId === null && proposals[0]) setProposalId(proposals[0].id);
  }, [proposals, proposalId]);
  useEffect(() => {
    setLineIds(proposal ? proposal.lines.filter((l) => l.offerCount === 0).map((l) => l.id) : []);
  }, [proposal]);

  const submit = async () => {
    if (!proposal) return;
    try {
      const made = await create.mutateAsync({ proposalId: proposal.id, lineIds, validUntil, ...(draftedOn ? { draftedOn } : {}) });
      message.success(t('agreements.offers.created', { count: made.length }));
      onClose();
    } catch (err) {
      message.error(errorText(err, t));
    }
  };

  return (
    <SaveDialog
      width={720}
      title={t('agreements.dialogs.fromProposal')}
      onClose={onClose}
      onSave={submit}
      okButtonProps={{ disabled: !proposal || lineIds.length === 0, id: 'from-proposal-ok' }}
      saving={create.isPending}
    >
      {choices.isLoading ? (
        <Spin />
      ) : proposals.length === 0 ? (
        <Empty description={t('agreements.dialogs.noProposals')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          <Form layout="vertical">
            <Form.Item label={t('agreements.fields.proposal')}>
              <Select
                data-testid="from-proposal-select"
                value={proposalId}
                onChange={setProposalId}
                options={proposals.map((p) => ({ value: p.id, label: `${p.name} · ${t('agreements.terms.months', { count: p.months })}` }))}
              />
            </Form.Item>
            <Form.Item label={t('agreements.fields.draftedOn')} htmlFor="from-proposal-drafted">
              <DateInput id="from-proposal-drafted" value={draftedOn ?? today} onChange={setDraftedOn} allowClear={false} />
            </Form.Item>
            <Form.Item label={t('agreements.fields.validUntil')} htmlFor="from-proposal-valid-until">
              <DateInput id="from-proposal-valid-until" value={validUntil} onChange={setValidUntil} />
            </Form.Item>
          </Form>
          <Typography.Text strong>{t('agreements.fields.lines')}</Typography.Text>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={proposal?.lines ?? []}
            onRow={() => ({ 'data-testid': 'proposal-line' }) as HTMLAttributes<HTMLTableRowElement>}
            rowSelection={{ selectedRowKeys: lineIds, onChange: (keys) => setLineIds(keys as number[]) }}
            columns={[
              { title: t('agreements.columns.lender'), dataIndex: 'lenderName' },
              { title: t('agreements.fields.remedy'), dataIndex: 'remedy', render: (r: string) => t(`agreements.remedies.${r}`) },
              { title: t('agreements.columns.total'), dataIndex: 'totalFen', align: 'right', render: (v: number) => <MoneyText fen={v} /> },
              { title: '', dataIndex: 'offerCount', render: (n: number) => (n > 0 ? <Tag>{t('agreements.dialogs.lineTaken')}</Tag> : null) },
            ]}
          />
        </Space>
      )}
    </SaveDialog>
  );
}

interface CreateValues {
  debtId: number;
  params: RemedyFormValues;
  startDate?: string | null;
  validUntil?: string | null;
  note?: string;
  draftedOn: string;
  /** Recording an offer that already went out: on which day, and by what means. */
  alreadySent?: boolean;
  sentOn?: string | null;
  channel?: (typeof CONTACT_CHANNELS)[number] | null;
}

/** An offer typed by hand for one debt. */
export function CreateOfferModal({ clientId, onClose }: { clientId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const today = useToday();
  const alreadySent = Form.useWatch('alreadySent', form);
  const debts = useDebts(clientId);
  const debtId = Form.useWatch('debtId', form);
  const productType = debts.data?.items.find((d) => d.id === debtId)?.productType;
  const create = useCreateOffer(clientId);
  const { refetch } = debts;
  // The list may have been read before a debt was added elsewhere: read it fresh when the dialog opens.
  useEffect(() => {
    void refetch();
  }, [refetch]);

  const saveAndClose = useSaveAndClose(form, onClose);

  const submit = () =>
    saveAndClose(
      (v) =>
        create.mutateAsync({
          debtId: v.debtId,
          params: toParams(v.params),
          ...(v.startDate ? { startDate: v.startDate } : {}),
          validUntil: v.validUntil ?? null,
          note: v.note ?? null,
          draftedOn: v.draftedOn,
          ...(v.alreadySent && v.sentOn ? { sentOn: v.sentOn, ...(v.channel ? { logContact: { channel: v.channel } } : {}) } : {}),
        }),
      t('agreements.offers.created', { count: 1 }),
    );

  return (
    <SaveDialog title={t('agreements.dialogs.create')} onClose={onClose} onSave={submit} saving={create.isPending} width={560}>
      <Form form={form} layout="vertical" initialValues={{ params: { remedy: 'instalments', months: 36, withInterest: false }, draftedOn: today, alreadySent: false, channel: 'letter' }}>
        <Form.Item name="debtId" label={t('agreements.fields.debt')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select
            data-testid="create-offer-debt"
            options={(debts.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.lenderName}${d.accountRef ? ` · ${d.accountRef}` : ''}` }))}
          />
        </Form.Item>
        <RemedyFields form={form} name="params" productType={productType} />
        <Form.Item name="draftedOn" label={t('agreements.fields.draftedOn')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput allowClear={false} data-testid="create-offer-drafted" />
        </Form.Item>
        <Form.Item name="alreadySent" valuePropName="checked">
          <Checkbox data-testid="create-offer-already-sent">{t('agreements.fields.alreadySent')}</Checkbox>
        </Form.Item>
        {alreadySent && (
          <Space align="start" wrap>
            <Form.Item name="sentOn" label={t('agreements.fields.sentOn')} rules={[{ required: true, message: t('validation.required') }]}>
              <DateInput data-testid="create-offer-sent-on" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="channel" label={t('agreements.fields.channel')}>
              <Select allowClear style={{ width: 180 }} options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`agreements.channels.${c}`) }))} />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="startDate" label={t('agreements.fields.startDate')}>
          <DateInput />
        </Form.Item>
        <Form.Item name="validUntil" label={t('agreements.fields.validUntil')}>
          <DateInput />
        </Form.Item>
        <NoteField />
      </Form>
    </SaveDialog>
  );
}
