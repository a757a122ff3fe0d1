import { PhoneOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebtView } from '../../../../../shared/schemas/debts';
import { ContactDrawer } from '../../contacts/ContactDrawer';

// Quick entry of a contact about this debt: the drawer opens with the debt and its lender filled in.
export function DebtContactAction({ debt }: { debt: DebtView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('contacts.debtAction')}>
        <Button type="text" icon={<PhoneOutlined />} aria-label={`${t('contacts.debtAction')} ${debt.lenderName}`} onClick={() => setOpen(true)} />
      </Tooltip>
      {open && (
        <ContactDrawer
          clientId={debt.clientId}
          contact={null}
          defaults={{ debtId: debt.id, lenderId: debt.lenderId }}
          open={open}
          onClose={() => setOpen(false)}
          title={t('contacts.drawer.newForDebt', { lender: debt.lenderName })}
        />
      )}
    </>
  );
}
