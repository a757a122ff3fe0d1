import { CheckCircleFilled, ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../../shared/schemas/common';
import type { ChecklistEntryView, LenderChecklist } from '../../../../../shared/schemas/checklists';
import { useClientChecklists } from '../../../api/checklists';
import { useDocumentAction } from '../../../api/documents';
import { errorText } from '../../../api/errors';

/** "Evidence complete" or "3 documents missing", as a tag. */
export function ChecklistTag({ list }: { list: LenderChecklist }) {
  const { t } = useTranslation();
  return list.missing === 0 ? <Tag color="green">{t('checklists.complete')}</Tag> : <Tag color="orange">{t('checklists.incomplete', { count: list.missing })}</Tag>;
}

function EntryRow({ entry }: { entry: ChecklistEntryView }) {
  const { t } = useTranslation();
  const source = entry.source === 'learned' && entry.learned ? t('checklists.sources.learned', entry.learned) : t(`checklists.sources.${entry.source}`);
  return (
    <List.Item data-testid={`checklist-item-${entry.item}`} data-done={entry.done ? 'yes' : 'no'}>
      <Space wrap>
        {entry.done ? <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden /> : <ExclamationCircleOutlined style={{ color: '#ad6800' }} aria-hidden />}
        <Typography.Text strong>{t(`checklists.items.${entry.item}`)}</Typography.Text>
        <Tag color={entry.done ? 'green' : 'default'}>{entry.done ? t('checklists.done') : t('checklists.missing')}</Tag>
        <Typography.Text type="secondary">{source}</Typography.Text>
        {entry.files.length > 0 && <Typography.Text type="secondary">{entry.files.join('、')}</Typography.Text>}
      </Space>
    </List.Item>
  );
}

/** Per lender of the case: the documents it should have, ticked when a matching file is attached; and the list to print for the client. */
export function ChecklistCard({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const q = useClientChecklists(clientId);
  const print = useDocumentAction();
  const locale: Locale = (LOCALES as readonly string[]).includes(i18n.language) ? (i18n.language as Locale) : 'zh-CN';
  const lenders = q.data?.lenders ?? [];
  return (
    <Card
      size="small"
      title={t('checklists.title')}
      data-testid="evidence-checklist"
      loading={q.isPending}
      extra={
        <Button
          size="small"
          disabled={lenders.length === 0}
          loading={print.isPending}
          onClick={() => print.mutate({ action: 'documents.print', input: { clientId, kind: 'evidenceList', locale } }, { onError: (err) => void message.error(errorText(err, t)) })}
        >
          {t('checklists.printForClient')}
        </Button>
      }
    >
      {q.isError && <Alert type="error" showIcon title={errorText(q.error, t)} />}
      <Typography.Paragraph type="secondary">{t('checklists.help')}</Typography.Paragraph>
      {lenders.length === 0 ? (
        <Typography.Text type="secondary">{t('checklists.noLenders')}</Typography.Text>
      ) : (
        <Collapse
          size="small"
          defaultActiveKey={lenders.filter((l) => l.missing > 0).map((l) => String(l.lenderId))}
          items={lenders.map((l) => ({
            key: String(l.lenderId),
            label: (
              <Space data-testid={`checklist-lender-${l.lenderId}`}>
                <Typography.Text strong>{l.lenderName}</Typography.Text>
                <ChecklistTag list={l} />
              </Space>
            ),
            children: <List size="small" dataSource={l.items} renderItem={(entry) => <EntryRow entry={entry} />} />,
          }))}
        />
      )}
    </Card>
  );
}
