import { FileExcelOutlined, ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { exportList } from '../../api/exports';
import { ExportButton } from '../../components/ExportButton';
import { navigate, paths } from '../../router';
import { ImportModal } from '../cases/ImportModal';

type ListFilter = Omit<ChannelInput<'exports.clients'>, 'format'>;

// Actions beside "new client" on the client list: export the list as it is filtered and sorted
// (every page); import clients and debts from a spreadsheet; import a handed-over case.
export function ClientListActions({ filter }: { filter: ListFilter }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <ExportButton run={(format) => exportList.clients({ ...filter, format })} />
      <Button icon={<FileExcelOutlined />} onClick={() => navigate(paths.importSheet())}>
        {t('imports.button')}
      </Button>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        {t('cases.import.button')}
      </Button>
      {open && <ImportModal onClose={() => setOpen(false)} />}
    </>
  );
}
