import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Descriptions, InputNumber, Radio, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalPlan } from '../../../../../shared/domain/proposal';
import type { ProposalDraftOutput } from '../../../../../shared/schemas/proposals';
import { DateInput } from '../../../components/DateInput';
import { MoneyInput, MoneyText } from '../../../components/Money';
import type { BuilderState } from './ProposalBuilder';

/** The builder's budget panel: what the client can spend, the contingency and priority debts set aside, the term and the first payment. */
export function BudgetPanel({ draft, plan, state, set }: { draft: ProposalDraftOutput; plan: ProposalPlan; state: BuilderState; set: (patch: Partial<BuilderState>) => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('proposals.budget.title')}>
      <Space wrap size="large" align="start">
        <Descriptions
          size="small"
          column={1}
          data-testid="proposal-budget"
          items={[
            {
              key: 'disposable',
              label: t('proposals.budget.disposable'),
              children: (
                <Space direction="vertical" size={0}>
                  <span data-testid="budget-disposable">
                    <MoneyText fen={draft.disposableFen} colorNegative />
                  </span>
                  {draft.statementDate && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('proposals.budget.statementOf', { date: draft.statementDate })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              key: 'contingency',
              label: (
                <Tooltip title={t('proposals.budget.contingencyHelp')}>
                  <label htmlFor="budget-contingency">{t('proposals.budget.contingency')}</label> <QuestionCircleOutlined />
                </Tooltip>
              ),
              children: (
                <span>
                  − <MoneyInput id="budget-contingency" size="small" style={{ width: 140 }} data-testid="budget-contingency" value={plan.contingencyFen} onChange={(v) => typeof v !== 'string' && set({ contingencyFen: v ?? undefined })} />
                </span>
              ),
            },
            {
              key: 'priority',
              label: (
                <Tooltip title={t('proposals.budget.priorityHelp')}>
                  {t('proposals.budget.priority')} <QuestionCircleOutlined />
                </Tooltip>
              ),
              children: (
                <span data-testid="budget-priority">
                  − <MoneyText fen={plan.priorityFen} />
                </span>
              ),
            },
            {
              key: 'shared',
              label: <strong>{t('proposals.budget.shared')}</strong>,
              children: (
                <span data-testid="budget-shared">
                  <MoneyText fen={plan.budgetFen} strong colorNegative />
                </span>
              ),
            },
          ]}
        />
        <Space direction="vertical">
          <Space>
            <Typography.Text>{t('proposals.budget.months')}</Typography.Text>
            <InputNumber min={1} max={180} precision={0} aria-label={t('proposals.budget.months')} data-testid="proposal-months" value={state.months} onChange={(v) => v !== null && set({ months: Math.min(180, Math.max(1, Math.round(v))) })} />
            <Radio.Group
              size="small"
              optionType="button"
              value={[24, 36, 60].includes(state.months) ? state.months : null}
              options={[24, 36, 60].map((m) => ({ value: m, label: String(m) }))}
              onChange={(e) => set({ months: e.target.value as number })}
            />
          </Space>
          <Space>
            <label htmlFor="proposal-start-date">{t('proposals.budget.startDate')}</label>
            <DateInput id="proposal-start-date" allowClear={false} style={{ width: 150 }} value={state.startDate} onChange={(d) => d && set({ startDate: d })} />
          </Space>
        </Space>
      </Space>
    </Card>
  );
}
