import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportModal } from '../cases/ImportModal';

// Actions beside "new client" on the client list: import a handed-over case.
export function ClientListActions() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        {t('cases.import.button')}
      </Button>
      {open && <ImportModal onClose={() => setOpen(false)} />}
    </>
  );
}
