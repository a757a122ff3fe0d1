import { Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_CHANNELS, DEFAULT_REPLY_DAYS, type OfferView } from '../../../../../shared/schemas/agreements';
import { useTransitionOffer } from '../../../api/agreements';
import { useDebts } from '../../../api/debts';
import { useSaveAndClose } from '../../../hooks/useFormFailure';
import { DateInput } from '../../../components/DateInput';
import { RemedyFields, toParams, type RemedyFormValues } from './RemedyFields';
import { useToday } from './format';
import { NoteField, SaveDialog } from './SaveDialog';

export type TransitionTo = 'sent' | 'countered' | 'accepted' | 'rejected' | 'expired';

interface Values {
  onDate: string;
  note?: string;
  validUntil?: string | null;
  logContact?: boolean;
  channel?: (typeof CONTACT_CHANNELS)[number];
  person?: string;
  followUpDays?: number;
  counter?: RemedyFormValues;
  /** Accepting: the waiver holds only once the plan is completed (the usual case). */
  waiverConditional?: boolean;
}

export function actionLabelKey(offer: OfferView, to: TransitionTo): string {
  if (to === 'sent') return offer.status === 'countered' ? 'agreements.actions.resend' : 'agreements.actions.send';
  if (to === 'countered') return 'agreements.actions.counter';
  if (to === 'accepted') return offer.status === 'countered' ? 'agreements.actions.acceptCounter' : 'agreements.actions.accept';
  return to === 'rejected' ? 'agreements.actions.reject' : 'agreements.actions.expire';
}

/** One step of an offer: dated, with a note; sending can log a contact, a counter records their terms. */
export function TransitionModal({ offer, to, clientId, onClose }: { offer: OfferView; to: TransitionTo; clientId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const today = useToday();
  const mutation = useTransitionOffer(clientId);
  const logContact = Form.useWatch('logContact', form);
  const productType = useDebts(clientId).data?.items.find((d) => d.id === offer.debtId)?.productType;

  useEffect(() => {
    form.setFieldsValue({
      onDate: to === 'expired' && offer.validUntil && offer.validUntil < today ? offer.validUntil : today,
      followUpDays: DEFAULT_REPLY_DAYS,
      logContact: true,
      waiverConditional: true,
      channel: 'letter',
      validUntil: offer.validUntil,
      counter: { remedy: offer.terms.params.remedy, months: offer.terms.months ?? undefined },
    });
    // Once per offer revision: a refetch of the offers list hands in a new but equal `offer`,
    // and resetting then would throw away what the counsellor has just chosen (the remedy of a counter).
  }, [form, offer.id, offer.rev, to]);

  const saveAndClose = useSaveAndClose(form, onClose);

  const submit = () =>
    saveAndClose(
      (v) =>
        mutation.mutateAsync({
          id: offer.id,
          rev: offer.rev,
          to,
          onDate: v.onDate,
          note: v.note ?? null,
          ...(to === 'sent'
            ? {
                followUpDays: v.followUpDays ?? DEFAULT_REPLY_DAYS,
                validUntil: v.validUntil ?? null,
                ...(v.logContact && v.channel ? { logContact: { channel: v.channel, person: v.person ?? null } } : {}),
              }
            : {}),
          ...(to === 'countered' && v.counter ? { counterParams: toParams(v.counter) } : {}),
          ...(to === 'accepted' ? { waiverConditional: v.waiverConditional !== false } : {}),
        }),
      t(to === 'accepted' ? 'agreements.offers.agreementMade' : 'agreements.offers.saved'),
    );

  const title = t('agreements.dialogs.transition', { action: t(actionLabelKey(offer, to)), lender: offer.lenderName });
  return (
    <SaveDialog title={title} onClose={onClose} onSave={submit} saving={mutation.isPending} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" data-testid="offer-transition-form">
        <Form.Item name="onDate" label={t('agreements.fields.onDate')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput data-testid="transition-date" allowClear={false} />
        </Form.Item>
        {to === 'accepted' && (
          <Form.Item name="waiverConditional" valuePropName="checked" extra={t('ledger.form.waiverConditionalHelp')}>
            <Checkbox data-testid="waiver-conditional">{t('ledger.form.waiverConditional')}</Checkbox>
          </Form.Item>
        )}
        {to === 'countered' && (
          <>
            <Typography.Paragraph type="secondary">{t('agreements.dialogs.counterHelp')}</Typography.Paragraph>
            <RemedyFields form={form} name="counter" productType={productType} />
          </>
        )}
        {to === 'sent' && (
          <>
            <Form.Item name="validUntil" label={t('agreements.fields.validUntil')}>
              <DateInput />
            </Form.Item>
            <Form.Item name="followUpDays" label={t('agreements.fields.followUpDays')}>
              <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="logContact" valuePropName="checked">
              <Checkbox>{t('agreements.fields.logContact')}</Checkbox>
            </Form.Item>
            {logContact && (
              <>
                <Form.Item name="channel" label={t('agreements.fields.channel')}>
                  <Select options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`agreements.channels.${c}`) }))} />
                </Form.Item>
                <Form.Item name="person" label={t('agreements.fields.person')}>
                  <Input maxLength={100} />
                </Form.Item>
              </>
            )}
          </>
        )}
        <NoteField testId="transition-note" />
      </Form>
    </SaveDialog>
  );
}
