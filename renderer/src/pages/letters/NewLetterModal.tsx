import { App, Form, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { defaultDocLanguage, useCaseRegion } from '../../components/caseRegion';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../shared/schemas/common';
import type { DebtView } from '../../../../shared/schemas/debts';
import type { LetterType } from '../../../../shared/schemas/letters';
import { errorText } from '../../api/errors';
import { useDraftLetter } from '../../api/letters';
import { navigate, paths } from '../../router';
import { letterTypeChoice } from './letterTypes';

interface Values {
  target: string;
  type: LetterType;
  locale: Locale;
}

/** Choose lender (all its debts) or one debt, a letter type and a language; drafts and opens the letter. */
export function NewLetterModal({ clientId, debts, debtId, open, onClose }: { clientId: number; debts: DebtView[]; debtId?: number; open: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const region = useCaseRegion();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const draft = useDraftLetter();
  const types = letterTypeChoice(region, t);

  const lenders = [...new Map(debts.map((d) => [d.lenderId, d.lenderName])).entries()];
  const options = [
    ...lenders.map(([id, name]) => ({ value: `lender:${id}`, label: t('letters.tab.targetLender', { lender: name }) })),
    ...debts.map((d) => ({ value: `debt:${d.id}`, label: t('letters.tab.targetDebt', { lender: d.lenderName, account: d.accountRef ?? `#${d.id}` }) })),
  ];

  useEffect(() => {
    if (open) {
      const lang = defaultDocLanguage(region, i18n.language);
      form.setFieldsValue({ target: debtId ? `debt:${debtId}` : options[0]?.value, type: 'hardship', locale: lang });
    }
  }, [open, debtId]);

  const submit = async () => {
    const v = await form.validateFields();
    const [kind, id] = v.target.split(':');
    try {
      const letter = await draft.mutateAsync({ clientId, type: v.type, locale: v.locale, ...(kind === 'debt' ? { debtId: Number(id) } : { lenderId: Number(id) }) });
      onClose();
      navigate(paths.letter(letter.id));
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  return (
    <Modal open={open} title={t('letters.tab.newLetter')} okText={t('letters.tab.create')} cancelText={t('common.cancel')} onOk={submit} onCancel={onClose} confirmLoading={draft.isPending} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="target" label={t('letters.tab.target')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={options} aria-label={t('letters.tab.target')} />
        </Form.Item>
        <Form.Item name="type" label={t('letters.tab.type')} extra={types.notOffered.length ? <span data-testid="letter-types-not-offered">{types.notOffered.join(' ')}</span> : undefined}>
          <Select aria-label={t('letters.tab.type')} options={types.options} />
        </Form.Item>
        <Form.Item name="locale" label={t('letters.tab.locale')}>
          <Select aria-label={t('letters.tab.locale')} options={LOCALES.map((l) => ({ value: l, label: t(`letters.locales.${l}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
