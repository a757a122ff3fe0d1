import { App, Card, Segmented, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_ITEMS, type ChecklistItem } from '../../../../shared/domain/evidence-checklist';
import { useLenderRules, useSetLenderRule } from '../../api/checklists';
import { errorText } from '../../api/errors';

type Rule = 'default' | 'require' | 'skip';

// The documents this lender always or never asks for, over the remedies' defaults, with what
// its accepted offers carried beside each. A card of its own, apart from the lender insights.
export function LenderEvidenceRules({ lenderId }: { lenderId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const q = useLenderRules(lenderId);
  const set = useSetLenderRule(lenderId);
  const rules = new Map(q.data?.rules.map((r) => [r.kind, r.rule] as const));
  const learned = new Map(q.data?.learned.map((l) => [l.item, l] as const));
  const change = (kind: ChecklistItem, rule: Rule) =>
    set.mutate({ kind, rule }, { onSuccess: () => void message.success(t('checklists.lenderCard.saved')), onError: (err) => void message.error(errorText(err, t)) });
  const columns = [
    { title: t('checklists.lenderCard.item'), key: 'item', render: (_: unknown, item: ChecklistItem) => t(`checklists.items.${item}`) },
    {
      title: t('checklists.lenderCard.rule'),
      key: 'rule',
      render: (_: unknown, item: ChecklistItem) => (
        <Segmented<Rule>
          size="small"
          aria-label={`${t('checklists.lenderCard.rule')} ${t(`checklists.items.${item}`)}`}
          value={rules.get(item) ?? 'default'}
          disabled={set.isPending}
          onChange={(rule) => change(item, rule)}
          options={(['default', 'require', 'skip'] as const).map((r) => ({ value: r, label: t(`checklists.lenderCard.rules.${r}`) }))}
        />
      ),
    },
    {
      title: t('checklists.lenderCard.learned'),
      key: 'learned',
      render: (_: unknown, item: ChecklistItem) => {
        const l = learned.get(item);
        return l ? t('checklists.lenderCard.learnedValue', { offers: l.offers, of: l.of }) : <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
  ];
  return (
    <Card title={t('checklists.lenderCard.title')} data-testid="lender-evidence-rules" loading={q.isPending}>
      {q.isError && <Typography.Text type="danger">{errorText(q.error, t)}</Typography.Text>}
      <Typography.Paragraph type="secondary">{t('checklists.lenderCard.help')}</Typography.Paragraph>
      <Table<ChecklistItem> rowKey={(item) => item} size="small" pagination={false} columns={columns} dataSource={[...CHECKLIST_ITEMS]} />
    </Card>
  );
}
