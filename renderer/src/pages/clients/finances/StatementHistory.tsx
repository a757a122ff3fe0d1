import { Button, Card, Modal, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../../shared/contract';
import { errorText } from '../../../api/errors';
import { useStatement, useStatementList } from '../../../api/statements';
import { MoneyText } from '../../../components/Money';
import { DisposableSummary } from './DisposableSummary';
import { StatementSections } from './StatementView';

type Summary = ChannelOutput<'statements.list'>[number];

/** Earlier statements, newest first, each opened read-only. */
export function StatementHistory({ clientId, latestId }: { clientId: number; latestId: number }) {
  const { t } = useTranslation();
  const list = useStatementList(clientId);
  const [openId, setOpenId] = useState<number | null>(null);
  const opened = useStatement(clientId, openId);

  return (
    <Card size="small" title={t('finances.history.title')} data-testid="statement-history">
      <Table<Summary>
        size="small"
        rowKey="id"
        loading={list.isPending}
        pagination={false}
        dataSource={list.data ?? []}
        locale={{ emptyText: list.isError ? errorText(list.error, t) : t('finances.history.empty') }}
        columns={[
          {
            key: 'date',
            title: t('finances.history.date'),
            render: (_, s) => (
              <>
                {s.statementDate}
                {s.id === latestId && (
                  <Tag color="green" style={{ marginInlineStart: 8 }}>
                    {t('finances.latestTag')}
                  </Tag>
                )}
              </>
            ),
          },
          { key: 'income', title: t('finances.history.income'), align: 'right', render: (_, s) => <MoneyText fen={s.totals.incomeMonthlyFen} /> },
          { key: 'expense', title: t('finances.history.expense'), align: 'right', render: (_, s) => <MoneyText fen={s.totals.expenseMonthlyFen} /> },
          {
            key: 'disposable',
            title: t('finances.history.disposable'),
            align: 'right',
            render: (_, s) => <MoneyText fen={s.totals.disposableMonthlyFen} strong colorNegative />,
          },
          {
            key: 'open',
            title: t('common.actions'),
            width: 100,
            render: (_, s) =>
              s.id === latestId ? null : (
                <Button size="small" onClick={() => setOpenId(s.id)} aria-label={`${t('finances.history.open')} ${s.statementDate}`}>
                  {t('finances.history.open')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={openId !== null}
        onCancel={() => setOpenId(null)}
        footer={<Button onClick={() => setOpenId(null)}>{t('finances.history.close')}</Button>}
        width={1000}
        title={
          opened.data ? (
            <>
              {t('finances.statementOf', { date: opened.data.statementDate })}
              <Tag style={{ marginInlineStart: 8 }}>{t('finances.history.readOnly')}</Tag>
            </>
          ) : null
        }
        destroyOnHidden
      >
        {opened.isPending ? (
          <Spin />
        ) : opened.isError ? (
          <Typography.Text type="danger">{errorText(opened.error, t)}</Typography.Text>
        ) : (
          <div data-testid="history-statement">
            <DisposableSummary totals={opened.data.totals} />
            <div style={{ marginTop: 16 }}>
              <StatementSections statement={opened.data} />
            </div>
          </div>
        )}
      </Modal>
    </Card>
  );
}
