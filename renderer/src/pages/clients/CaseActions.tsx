import { DeleteOutlined, ExportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../shared/schemas/clients';
import { useCaseInfo } from '../../api/cases';
import { navigate, paths } from '../../router';
import { ExportModal } from '../cases/ExportModal';
import { PurgeModal } from '../cases/PurgeModal';

// Case-level actions in the client page header: hand the case over (encrypted export), and
// purge it – shown for every closed or archived case; one still inside its retention period
// gets a stronger warning, since a client may ask for deletion before it ends.
export function CaseActions({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'purge' | null>(null);
  const info = useCaseInfo(client.id, client.rev);
  const closed = info.data?.closed ?? false;

  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen('export')}>
        {t('cases.export.button')}
      </Button>
      {closed && (
        <Button danger icon={<DeleteOutlined />} onClick={() => setOpen('purge')}>
          {t('cases.purge.button')}
        </Button>
      )}
      {open === 'export' && <ExportModal clientId={client.id} caseRef={client.caseRef} onClose={() => setOpen(null)} />}
      {open === 'purge' && info.data && (
        <PurgeModal
          clientId={client.id}
          caseRef={client.caseRef}
          withinRetentionUntil={info.data.due ? null : info.data.purgeDueFrom}
          onClose={() => setOpen(null)}
          onPurged={() => navigate(paths.clients())}
        />
      )}
    </>
  );
}
