import { Alert, App, Form, Modal, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_DOC_LANGUAGE, type Region } from '../../../../../shared/domain/region';
import { LOCALES, type Locale } from '../../../../../shared/schemas/common';
import type { LineFigures, ReviseLine } from '../../../../../shared/schemas/replan';
import { errorText } from '../../../api/errors';
import { useConfirmRevise, useRevisePreview } from '../../../api/replan';
import { useFormatFen } from '../../../components/Money';
import { ChangeList } from './ChangeList';

// "Revise the plan": the saved plan and the plan worked out again from today's figures, lender
// by lender side by side with the difference; confirming saves the revised plan and drafts a
// revised-offer letter for each lender whose figures changed (the letters tab lists them).

type Pick = (f: LineFigures) => number | null;

function Cell({ line, pick, money, diff }: { line: ReviseLine; pick: Pick; money: boolean; diff?: boolean }) {
  const { t } = useTranslation();
  const formatFen = useFormatFen(); // the case's currency
  const show = (v: number | null) => (v === null ? t('replan.revise.noMonthly') : money ? formatFen(v) : t('replan.revise.terms', { count: v }));
  const before = line.before ? pick(line.before) : null;
  const after = line.after ? pick(line.after) : null;
  const same = line.before && line.after && before === after;
  return (
    <Space direction="vertical" size={0} style={{ fontVariantNumeric: 'tabular-nums' }}>
      <Typography.Text type="secondary" delete={!same && line.before !== null}>
        {line.before ? show(before) : '—'}
      </Typography.Text>
      <Typography.Text strong={!same}>{line.after ? show(after) : '—'}</Typography.Text>
      {diff && !same && before !== null && after !== null && (
        <Typography.Text type={after < before ? 'success' : 'danger'} style={{ fontSize: 12 }}>
          {after > before ? '+' : '−'}
          {formatFen(Math.abs(after - before))}
        </Typography.Text>
      )}
    </Space>
  );
}

function StatusTag({ line }: { line: ReviseLine }) {
  const { t } = useTranslation();
  if (!line.after) return <Tag>{t('replan.revise.gone')}</Tag>;
  if (!line.before) return <Tag color="blue">{t('replan.revise.added')}</Tag>;
  return (
    <Space direction="vertical" size={2}>
      {line.changed ? <Tag color="orange">{t('replan.revise.changed')}</Tag> : <Tag>{t('replan.revise.unchanged')}</Tag>}
      {line.underAgreement && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('replan.revise.underAgreement')}</Typography.Text>}
      {line.choiceDropped && <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('replan.revise.choiceDropped')}</Typography.Text>}
    </Space>
  );
}

export function ReviseModal({ clientId, region, proposalId, onClose }: { clientId: number; region: Region; proposalId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const formatFen = useFormatFen(); // the case's currency
  const { message } = App.useApp();
  const preview = useRevisePreview(proposalId);
  const confirm = useConfirmRevise(clientId);
  // The case's letter language (from its region) unless the counsellor picks another.
  const [locale, setLocale] = useState<Locale>(REGION_DOC_LANGUAGE[region]);
  const p = preview.data;
  const letterNames = p ? [...new Set(p.lines.filter((l) => p.letterLenderIds.includes(l.lenderId)).map((l) => l.lenderName))] : [];

  async function save() {
    if (!p) return;
    try {
      const r = await confirm.mutateAsync({ proposalId: p.proposalId, rev: p.rev, locale });
      message.success(r.letters.length ? t('replan.revise.done', { count: r.letters.length }) : t('replan.revise.doneNoLetters'));
      onClose();
    } catch (err) {
      message.error(errorText(err, t));
    }
  }

  return (
    <Modal
      open
      width={1000}
      title={p ? t('replan.revise.title', { name: p.name }) : t('replan.revise.button')}
      okText={t('replan.revise.confirm')}
      cancelText={t('replan.revise.cancel')}
      onOk={save}
      onCancel={onClose}
      okButtonProps={{ disabled: !p, loading: confirm.isPending }}
      destroyOnHidden
    >
      {preview.isPending && <Spin tip={t('replan.revise.loading')} />}
      {preview.isError && <Alert type="error" showIcon title={errorText(preview.error, t)} />}
      {p && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="revise-preview">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('replan.revise.intro')}
          </Typography.Paragraph>
          {p.changes.length > 0 && <ChangeList changes={p.changes} testId="revise-changes" />}
          <Typography.Text data-testid="revise-summary">
            {t('replan.revise.summary', {
              from: formatFen(p.before.disposableFen),
              to: formatFen(p.after.disposableFen),
              budgetFrom: formatFen(p.before.budgetFen),
              budgetTo: formatFen(p.after.budgetFen),
            })}
          </Typography.Text>
          <Table<ReviseLine>
            size="small"
            rowKey="debtId"
            pagination={false}
            dataSource={p.lines}
            data-testid="revise-lines"
            columns={[
              { key: 'lender', title: t('replan.revise.lender'), render: (_, l) => l.lenderName },
              { key: 'monthly', title: `${t('replan.revise.monthly')}（${t('replan.revise.before')} / ${t('replan.revise.after')}）`, render: (_, l) => <Cell line={l} pick={(f) => f.monthlyFen} money diff /> },
              { key: 'total', title: t('replan.revise.total'), render: (_, l) => <Cell line={l} pick={(f) => f.totalFen} money diff /> },
              { key: 'term', title: t('replan.revise.term'), render: (_, l) => <Cell line={l} pick={(f) => (f.monthlyFen === null ? null : f.instalments)} money={false} /> },
              { key: 'waiver', title: t('replan.revise.waiver'), render: (_, l) => <Cell line={l} pick={(f) => f.waiverFen} money diff /> },
              { key: 'status', title: '', render: (_, l) => <StatusTag line={l} /> },
            ]}
          />
          <Alert
            type={p.letterLenderIds.length ? 'info' : 'success'}
            showIcon
            data-testid="revise-letters"
            title={p.letterLenderIds.length ? t('replan.revise.letters', { count: p.letterLenderIds.length, names: letterNames.join(t('common.listSeparator')) }) : t('replan.revise.noLetters')}
          />
          {p.letterLenderIds.length > 0 && (
            <Form.Item label={t('replan.variation.locale')} style={{ margin: 0 }}>
              <Select<Locale> style={{ width: 160 }} aria-label={t('replan.variation.locale')} value={locale} onChange={setLocale} options={LOCALES.map((l) => ({ value: l, label: t(`letters.locales.${l}`) }))} />
            </Form.Item>
          )}
        </Space>
      )}
    </Modal>
  );
}
