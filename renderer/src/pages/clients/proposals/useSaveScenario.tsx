import { App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../../shared/contract';
import type { ProposalView } from '../../../../../shared/schemas/proposals';
import { errorText } from '../../../api/errors';
import { useCreateProposal, useProposalList, useUpdateProposal } from '../../../api/proposals';

// Saving a scenario never overwrites another without the counsellor choosing to (issue 13 §1).
// Saving the scenario being edited keeps the version it replaces (the main process does);
// a name another scenario already has asks first: save as a new version of that scenario
// (its current version is kept in its history), or save under the next free name.

export type ScenarioBody = Omit<ChannelInput<'proposals.create'>, 'clientId'>;

interface Clash {
  body: ScenarioBody;
  asNew: boolean;
  other: ProposalView;
  freeName: string;
}

export function useSaveScenario(clientId: number, editing: ProposalView | null, onSaved: (p: ProposalView) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useProposalList(clientId);
  const create = useCreateProposal(clientId);
  const update = useUpdateProposal(clientId);
  const [clash, setClash] = useState<Clash | null>(null);

  async function run(action: () => Promise<ProposalView>, okText: string) {
    try {
      const saved = await action();
      message.success(okText);
      onSaved(saved);
    } catch (err) {
      message.error(errorText(err, t));
    }
  }

  /** Saves the builder's scenario: over the one being edited (unless asNew), else as a new one. */
  async function save(body: ScenarioBody, asNew: boolean) {
    const own = editing && !asNew ? editing.id : null;
    const other = (list.data ?? []).find((p) => p.name === body.name && p.id !== own);
    if (other) {
      const taken = new Set((list.data ?? []).map((p) => p.name));
      let n = 2;
      while (taken.has(t('proposals.save.numberedName', { name: body.name, n }))) n += 1;
      setClash({ body, asNew, other, freeName: t('proposals.save.numberedName', { name: body.name, n }) });
      return;
    }
    await saveAs(body, own);
  }

  async function saveAs(body: ScenarioBody, own: number | null) {
    if (own !== null && editing) await run(() => update.mutateAsync({ id: editing.id, rev: editing.rev, ...body }), t('proposals.save.savedVersion', { version: editing.rev + 1 }));
    else await run(() => create.mutateAsync({ clientId, ...body }), t('proposals.save.saved'));
  }

  const modal = clash && (
    <Modal
      open
      title={t('proposals.clash.title', { name: clash.other.name })}
      onCancel={() => setClash(null)}
      footer={null}
      data-testid="proposal-name-clash"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('proposals.clash.body', { name: clash.other.name, freeName: clash.freeName })}</Typography.Paragraph>
        <Space wrap>
          <Button
            type="primary"
            onClick={() => {
              const { other, body } = clash;
              setClash(null);
              void run(() => update.mutateAsync({ id: other.id, rev: other.rev, ...body }), t('proposals.save.savedVersion', { version: other.rev + 1 }));
            }}
          >
            {t('proposals.clash.newVersion', { name: clash.other.name })}
          </Button>
          <Button
            onClick={() => {
              const { body, asNew, freeName } = clash;
              setClash(null);
              void saveAs({ ...body, name: freeName }, editing && !asNew ? editing.id : null);
            }}
          >
            {t('proposals.clash.rename', { name: clash.freeName })}
          </Button>
          <Button onClick={() => setClash(null)}>{t('common.cancel')}</Button>
        </Space>
      </Space>
    </Modal>
  );

  return { save, modal, pending: create.isPending || update.isPending };
}
