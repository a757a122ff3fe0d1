import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultFirstPayment } from '../../../../../shared/domain/dates';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import type { ProposalView } from '../../../../../shared/schemas/proposals';
import { errorText } from '../../../api/errors';
import { useProposalDraft, useProposalList } from '../../../api/proposals';
import { ProposalBuilder, stateOf, type BuilderState } from '../proposals/ProposalBuilder';
import { CompareScenarios, SavedScenarios } from '../proposals/SavedScenarios';
import { StalePlans } from '../replan/StalePlans';

/**
 * Repayment proposals: the builder (budget, a remedy per lender, live terms), the saved
 * scenarios, and two or three of them compared side by side.
 */
export function ProposalsTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const draft = useProposalDraft(client.id);
  const list = useProposalList(client.id);
  const [editing, setEditing] = useState<ProposalView | null>(null);
  const [builderKey, setBuilderKey] = useState(0);
  const [initial, setInitial] = useState<BuilderState | null>(null);
  const [selected, setSelected] = useState<number[]>([]);

  if (draft.isPending || list.isPending) return <Spin tip={t('proposals.loading')} />;
  if (draft.isError) return <Alert type="error" showIcon title={errorText(draft.error, t)} />;
  if (list.isError) return <Alert type="error" showIcon title={errorText(list.error, t)} />;

  const start: BuilderState = initial ?? { months: 36, startDate: defaultFirstPayment(draft.data.today), contingencyFen: undefined, overrides: {}, name: '' };
  const open = (p: ProposalView | null) => {
    setEditing(p);
    setInitial(p ? stateOf(p, draft.data) : null);
    setBuilderKey((k) => k + 1);
  };
  const compared = list.data.filter((p) => selected.includes(p.id));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="proposals-tab">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {editing ? t('proposals.saved.editing', { name: editing.name }) : t('proposals.title')}
        </Typography.Title>
        {editing && (
          <Button icon={<PlusOutlined />} onClick={() => open(null)}>
            {t('proposals.saved.newScenario')}
          </Button>
        )}
      </Space>
      <StalePlans clientId={client.id} region={client.region} proposals={list.data} />
      <ProposalBuilder key={builderKey} clientId={client.id} draft={draft.data} editing={editing} initial={start} onSaved={(p) => open(p)} />
      <SavedScenarios clientId={client.id} items={list.data} selected={selected} onSelect={setSelected} onOpen={(p) => open(p)} editingId={editing?.id ?? null} />
      {compared.length >= 2 && <CompareScenarios items={compared} />}
    </Space>
  );
}
