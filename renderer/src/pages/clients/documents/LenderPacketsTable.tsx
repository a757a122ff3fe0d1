import { Button, Space, Table, Tag, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../../shared/schemas/common';
import type { PacketLender } from '../../../../../shared/schemas/documents';
import { useClientChecklists } from '../../../api/checklists';
import { useCaseCurrency } from '../../../components/caseRegion';
import { formatFen } from '../../../components/Money';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { ChecklistTag } from '../checklists/ChecklistCard';
import { DocumentsMenu } from './DocumentsMenu';

export type Action = 'save' | 'open' | 'print';

interface Props {
  clientId: number;
  items: PacketLender[];
  locale: Locale;
  onAct: (lenderId: number, action: Action) => void;
}

/**
 * The packets panel's table: one row per lender with its checklist, debts, letter and the
 * packet's save / open / print. Memoised: while a batch runs, the panel is drawn again on
 * every progress poll, and with a case of many lenders redrawing every row each time kept the
 * window from showing the batch's Cancel button until the batch was over.
 */
export const LenderPacketsTable = memo(function LenderPacketsTable({ clientId, items, locale, onAct }: Props) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const checklists = useClientChecklists(clientId);
  const columns = [
    {
      title: t('documents.panel.lender'),
      key: 'lender',
      // The lender's evidence checklist beside its packet: a warning, never a block.
      render: (_: unknown, l: PacketLender) => {
        const list = checklists.data?.lenders.find((c) => c.lenderId === l.lenderId);
        return (
          <Space size={4} wrap>
            {l.lenderName}
            {list && <ChecklistTag list={list} />}
          </Space>
        );
      },
    },
    { title: t('documents.panel.debts'), dataIndex: 'debts', key: 'debts', align: 'right' as const, width: 70 },
    {
      title: t('documents.panel.outstanding'),
      key: 'outstanding',
      align: 'right' as const,
      render: (_: unknown, l: PacketLender) => formatFen(l.outstandingFen, i18n.language, true, caseCurrency),
    },
    {
      title: t('documents.panel.letter'),
      key: 'letter',
      render: (_: unknown, l: PacketLender) =>
        l.letter ? (
          <Space size={4}>
            <Tag color={l.letter.status === 'draft' ? 'default' : 'green'}>{t(`documents.panel.letterStatus.${l.letter.status}`)}</Tag>
            <Typography.Text ellipsis style={{ maxWidth: 160 }}>
              {l.letter.title}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">
            {l.letterLocales.length
              ? t('documents.panel.letterOnlyIn', { languages: l.letterLocales.map((x) => t(`documents.languages.${x}`)).join(t('documents.panel.languageSeparator')) })
              : t('documents.panel.noLetter')}
          </Typography.Text>
        ),
    },
    { title: t('documents.panel.enclosures'), dataIndex: 'enclosures', key: 'enclosures', align: 'right' as const, width: 70 },
    {
      title: t('documents.packet'),
      key: 'actions',
      render: (_: unknown, l: PacketLender) => (
        <Space size={4} wrap>
          {(['save', 'open', 'print'] as const).map((action) => (
            <Button key={action} size="small" type={action === 'save' ? 'primary' : 'default'} onClick={() => onAct(l.lenderId, action)}>
              {t(`documents.actions.${action}`)}
              <VisuallyHidden> {l.lenderName}</VisuallyHidden>
            </Button>
          ))}
          <DocumentsMenu clientId={clientId} lenderId={l.lenderId} locale={locale} size="small" />
        </Space>
      ),
    },
  ];

  return <Table<PacketLender> rowKey="lenderId" size="small" pagination={false} columns={columns} dataSource={items} locale={{ emptyText: t('documents.panel.empty') }} />;
});
