import { DownOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../../shared/schemas/documents';
import type { Locale } from '../../../../../shared/schemas/common';
import { useDocumentAction } from '../../../api/documents';
import { errorText } from '../../../api/errors';

type Action = 'save' | 'open' | 'print';
const CHANNEL = { save: 'documents.save', open: 'documents.open', print: 'documents.print' } as const;

/**
 * The case documents of one client (statement, all debts, proposal, the client's own plan;
 * with a lender: its contact log instead of the client's plan), each to save, open or
 * print, in the chosen document language.
 */
export function DocumentsMenu({ clientId, lenderId, locale, size = 'middle' }: { clientId: number; lenderId?: number; locale: Locale; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useDocumentAction();
  // The contact log is per lender; the client's own plan and list of documents are the whole case's.
  const kinds = DOCUMENT_KINDS.filter((k) => (k === 'contactLog' ? lenderId !== undefined : k === 'clientPlan' || k === 'evidenceList' ? lenderId === undefined : true));

  const act = (kind: DocumentKind, action: Action) =>
    run.mutate(
      { action: CHANNEL[action], input: { clientId, kind, locale, ...(lenderId !== undefined ? { lenderId } : {}) } },
      {
        onSuccess: (res) => {
          if (action === 'save' && res.path) void message.success(t('documents.saved', { path: res.path }));
        },
        onError: (err) => void message.error(errorText(err, t)),
      },
    );

  const items: MenuProps['items'] = kinds.map((kind) => ({
    key: kind,
    label: t(`documents.kinds.${kind}`),
    children: (['save', 'open', 'print'] as const).map((action) => ({
      key: `${kind}:${action}`,
      label: t(`documents.actions.${action}`),
      onClick: () => act(kind, action),
    })),
  }));

  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button size={size} icon={<FilePdfOutlined />} loading={run.isPending} aria-label={t('documents.actions.documents')}>
        {t('documents.actions.documents')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
