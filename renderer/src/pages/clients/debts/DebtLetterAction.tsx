import { MailOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebtView } from '../../../../../shared/schemas/debts';
import { useDebts } from '../../../api/debts';
import { NewLetterModal } from '../../letters/NewLetterModal';

// Draft a letter about this debt: the new-letter dialog opens with the debt chosen.
export function DebtLetterAction({ debt }: { debt: DebtView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const debts = useDebts(debt.clientId);
  return (
    <>
      <Tooltip title={t('letters.debtAction.tooltip')}>
        <Button type="text" icon={<MailOutlined />} aria-label={`${t('letters.debtAction.tooltip')} ${debt.lenderName}`} onClick={() => setOpen(true)} />
      </Tooltip>
      {open && <NewLetterModal clientId={debt.clientId} debts={debts.data?.items ?? [debt]} debtId={debt.id} open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
