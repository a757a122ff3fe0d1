import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Drawer, Form, Input, Modal, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCaseCurrency } from '../../../components/caseRegion';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebtView } from '../../../../../shared/schemas/debts';
import type { LedgerEntryView } from '../../../../../shared/schemas/ledger';
import { errorText } from '../../../api/errors';
import { useFormFailure } from '../../../hooks/useFormFailure';
import { useLedger, useLedgerDelete, useLedgerPayment, useLedgerStatement, useLedgerWriteOff } from '../../../api/ledger';
import { DateInput } from '../../../components/DateInput';
import { formatFen, MoneyInput, moneyRule, MoneyText, type MoneyValue } from '../../../components/Money';
import { useToday } from '../agreements/format';

// A debt's ledger: every entry (opening balance, lender statements, payments, waivers and
// their revocation, write-offs) with the balance after it, and what the counsellor records on
// the debt itself. Entries an agreement made are changed through the agreement.

type Action = 'payment' | 'statement' | 'writeOff';
const COMPONENT_FIELDS = ['principalFen', 'interestFen', 'penaltyFen', 'lateFeesFen', 'otherFen'] as const;
const COMPONENT_LABEL: Record<(typeof COMPONENT_FIELDS)[number], string> = {
  principalFen: 'debts.fields.principal',
  interestFen: 'debts.fields.interest',
  penaltyFen: 'debts.fields.penalty',
  lateFeesFen: 'debts.fields.lateFees',
  otherFen: 'debts.fields.other',
};

export const statusColor = (s: DebtView['ledger']['status']) => (s === 'settled' ? 'green' : s === 'written_off' ? 'default' : 'blue');

function EntryKind({ e }: { e: LedgerEntryView }) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  return (
    <Space direction="vertical" size={0}>
      <Typography.Text>{t(`ledger.kinds.${e.kind}`)}</Typography.Text>
      {e.settles && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ledger.settles')}</Typography.Text>}
      {e.kind === 'waiver' && !e.settles && e.conditional !== null && (
        <Tag color={e.conditional ? 'orange' : 'green'}>{t(e.conditional ? 'ledger.conditional' : 'ledger.unconditional')}</Tag>
      )}
      {e.agreementId !== null && !e.settles && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ledger.fromAgreement')}</Typography.Text>}
      {e.unappliedFen > 0 && <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('ledger.unapplied', { amount: formatFen(e.unappliedFen, i18n.language, true, caseCurrency) })}</Typography.Text>}
    </Space>
  );
}

interface FormValues {
  entryDate: string;
  amountFen?: MoneyValue;
  all?: boolean;
  note?: string;
  principalFen?: MoneyValue;
  interestFen?: MoneyValue;
  penaltyFen?: MoneyValue;
  lateFeesFen?: MoneyValue;
  otherFen?: MoneyValue;
}

const fen = (v: MoneyValue | undefined): number => (typeof v === 'number' ? v : 0);

function ActionModal({ action, debt, onClose }: { action: Action; debt: DebtView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const today = useToday();
  const [form] = Form.useForm<FormValues>();
  const payment = useLedgerPayment(debt.clientId);
  const statement = useLedgerStatement(debt.clientId);
  const writeOff = useLedgerWriteOff(debt.clientId);
  const all = Form.useWatch('all', form);
  const pending = payment.isPending || statement.isPending || writeOff.isPending;

  const submit = async () => {
    const v = await form.validateFields();
    const note = v.note ?? null;
    try {
      if (action === 'payment') await payment.mutateAsync({ debtId: debt.id, entryDate: v.entryDate, amountFen: fen(v.amountFen), note });
      if (action === 'writeOff') await writeOff.mutateAsync({ debtId: debt.id, entryDate: v.entryDate, amountFen: v.all ? null : fen(v.amountFen), note });
      if (action === 'statement') {
        const figures = Object.fromEntries(COMPONENT_FIELDS.map((k) => [k, fen(v[k])])) as Record<(typeof COMPONENT_FIELDS)[number], number>;
        await statement.mutateAsync({ debtId: debt.id, entryDate: v.entryDate, figures, note });
      }
      message.success(t('ledger.recorded'));
      onClose();
    } catch (err) {
      showFailure(form, err);
    }
  };

  const title = t(action === 'payment' ? 'ledger.actions.payment' : action === 'statement' ? 'ledger.actions.statement' : 'ledger.actions.writeOff');
  const initial: FormValues = { entryDate: today, all: action === 'writeOff' };
  if (action === 'statement') for (const k of COMPONENT_FIELDS) initial[k] = debt[k];
  return (
    <Modal
      open
      title={`${title} · ${debt.lenderName}`}
      onCancel={onClose}
      onOk={submit}
      okText={t('ledger.form.save')}
      cancelText={t('ledger.form.cancel')}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} data-testid="ledger-form">
        <Form.Item name="entryDate" label={t('ledger.form.entryDate')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput allowClear={false} />
        </Form.Item>
        {action === 'writeOff' && (
          <Form.Item name="all" valuePropName="checked">
            <Checkbox>{t('ledger.form.writeOffAll')}</Checkbox>
          </Form.Item>
        )}
        {(action === 'payment' || (action === 'writeOff' && !all)) && (
          <Form.Item name="amountFen" label={t('ledger.form.amount')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
            <MoneyInput inlineError={false} />
          </Form.Item>
        )}
        {action === 'statement' &&
          COMPONENT_FIELDS.map((k) => (
            <Form.Item key={k} name={k} label={t(COMPONENT_LABEL[k])} rules={[moneyRule(t)]}>
              <MoneyInput inlineError={false} />
            </Form.Item>
          ))}
        <Form.Item name="note" label={t('ledger.form.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The ledger of one debt, opened from its row in the debts table. */
export function LedgerDrawer({ debt, onClose }: { debt: DebtView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const { message } = App.useApp();
  const ledger = useLedger(debt.id);
  const remove = useLedgerDelete(debt.clientId);
  const [action, setAction] = useState<Action | null>(null);
  const money = (v: number) => formatFen(v, i18n.language, true, caseCurrency);

  const columns: TableColumnsType<LedgerEntryView> = [
    { key: 'date', title: t('ledger.columns.date'), dataIndex: 'entryDate', width: 110 },
    { key: 'kind', title: t('ledger.columns.kind'), render: (_, e) => <EntryKind e={e} /> },
    { key: 'change', title: t('ledger.columns.change'), align: 'right', render: (_, e) => <MoneyText fen={e.effect.totalFen} colorNegative /> },
    { key: 'balance', title: t('ledger.columns.balance'), align: 'right', render: (_, e) => <MoneyText fen={e.balance.totalFen} strong /> },
    { key: 'note', title: t('ledger.columns.note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
    {
      key: 'actions',
      width: 48,
      render: (_, e) =>
        e.direct ? (
          <Popconfirm
            title={t('ledger.actions.deleteConfirm')}
            okText={t('ledger.actions.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('ledger.form.cancel')}
            onConfirm={() => remove.mutateAsync(e.id).catch((err: unknown) => void message.error(errorText(err, t)))}
          >
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('ledger.actions.delete')} ${t(`ledger.kinds.${e.kind}`)} ${e.entryDate}`} />
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Drawer open onClose={onClose} width={760} title={t('ledger.openOf', { lender: debt.lenderName })} destroyOnHidden>
      {ledger.isPending ? (
        <Spin />
      ) : ledger.isError ? (
        <Alert type="error" showIcon title={errorText(ledger.error, t)} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small">
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('ledger.balance')}>
                <span data-testid="ledger-balance">
                  <MoneyText fen={ledger.data.balance.totalFen} strong />
                </span>
                <Tag color={statusColor(ledger.data.summary.status)} style={{ marginInlineStart: 8 }} data-testid="ledger-status">
                  {t(`ledger.status.${ledger.data.summary.status}`)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item>
                <Space direction="vertical" size={0}>
                  <span>{t('ledger.paid', { amount: money(ledger.data.summary.paidFen) })}</span>
                  <span data-testid="ledger-saved">{t('ledger.saved', { amount: money(ledger.data.summary.savedFen) })}</span>
                </Space>
              </Descriptions.Item>
            </Descriptions>
            <Space wrap>
              <Button onClick={() => setAction('payment')}>{t('ledger.actions.payment')}</Button>
              <Button onClick={() => setAction('statement')}>{t('ledger.actions.statement')}</Button>
              <Button onClick={() => setAction('writeOff')}>{t('ledger.actions.writeOff')}</Button>
            </Space>
          </Card>
          <Table<LedgerEntryView> rowKey="id" size="small" pagination={false} columns={columns} dataSource={ledger.data.entries} data-testid="ledger-entries" />
        </Space>
      )}
      {action && <ActionModal action={action} debt={debt} onClose={() => setAction(null)} />}
    </Drawer>
  );
}
