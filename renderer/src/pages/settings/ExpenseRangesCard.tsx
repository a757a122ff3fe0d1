import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIXED_EXPENSE_CATEGORIES, VARIABLE_EXPENSE_CATEGORIES, type ExpenseCategory } from '../../../../shared/domain/budget-categories';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/errors';
import { useSettings, useUpdateSettings } from '../../api/settings';
import { MoneyInput, UnreadableAmounts, useUnreadableBoxes, type MoneyValue } from '../../components/Money';

type Range = { minFen: number | null; maxFen: number | null };
type Ranges = Partial<Record<ExpenseCategory, Range>>;
type Bound = 'minFen' | 'maxFen';

const ROWS: { category: ExpenseCategory; group: 'fixed' | 'variable' }[] = [
  ...FIXED_EXPENSE_CATEGORIES.map((category) => ({ category, group: 'fixed' as const })),
  ...VARIABLE_EXPENSE_CATEGORIES.map((category) => ({ category, group: 'variable' as const })),
];

/**
 * Monthly reference ranges per expense category (empty by default). Statements mark the
 * costs outside them when they are read, so a change here shows on every statement at once.
 */
export function ExpenseRangesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const update = useUpdateSettings();
  const [ranges, setRanges] = useState<Ranges>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Boxes ('<category>.<bound>') holding text that is not an amount: their own message says
  // why; the range keeps its last figure and nothing is saved until they are put right.
  const [unreadable, reportUnreadable] = useUnreadableBoxes();

  const saved = settings.data?.expenseRanges;
  useEffect(() => {
    if (saved) setRanges(saved as Ranges);
  }, [saved]);

  const setBound = (category: ExpenseCategory, bound: Bound, v: MoneyValue) => {
    if (typeof v === 'string') return;
    const fen = v;
    setRanges((r) => ({ ...r, [category]: { minFen: null, maxFen: null, ...r[category], [bound]: fen } }));
    setErrors((e) => {
      const { [`${category}.minFen`]: _a, [`${category}.maxFen`]: _b, ...rest } = e;
      return rest;
    });
  };

  const save = () => {
    const local: Record<string, string> = {};
    const clean: Ranges = {};
    for (const { category } of ROWS) {
      const r = ranges[category];
      if (!r || (r.minFen === null && r.maxFen === null)) continue;
      if (r.minFen !== null && r.maxFen !== null && r.minFen > r.maxFen) local[`${category}.maxFen`] = t('validation.rangeOrder');
      clean[category] = { minFen: r.minFen, maxFen: r.maxFen };
    }
    setErrors(local);
    setFormError(unreadable.size ? t('finances.hasErrors') : null);
    if (Object.keys(local).length || unreadable.size) return;
    update.mutate(
      { expenseRanges: clean },
      {
        onSuccess: () => {
          void message.success(t('finances.ranges.saved'));
        },
        onError: (err) => {
          const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
          const placed = Object.fromEntries(fields.filter(([p]) => p.startsWith('expenseRanges.')).map(([p, text]) => [p.slice('expenseRanges.'.length), text]));
          setErrors(placed);
          setFormError(errorText(err, t));
        },
      },
    );
  };

  const input = (category: ExpenseCategory, bound: Bound) => {
    const key = `${category}.${bound}`;
    const name = t(`finances.categories.${category}`);
    return (
      <>
        <MoneyInput
          aria-label={t(bound === 'minFen' ? 'finances.ranges.minOf' : 'finances.ranges.maxOf', { category: name })}
          value={ranges[category]?.[bound] ?? null}
          onChange={(fen) => setBound(category, bound, fen)}
          status={errors[key] ? 'error' : undefined}
        />
        {errors[key] && (
          <Typography.Text type="danger" role="alert" style={{ fontSize: 12, display: 'block' }}>
            {errors[key]}
          </Typography.Text>
        )}
      </>
    );
  };

  return (
    <Card title={t('finances.ranges.title')} data-testid="expense-ranges">
      <UnreadableAmounts value={reportUnreadable}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('finances.ranges.help')}</Typography.Text>
          {formError && <Alert type="error" showIcon title={formError} />}
          <Table
            size="small"
            rowKey="category"
            pagination={false}
            loading={settings.isPending}
            dataSource={ROWS}
            columns={[
              {
                key: 'category',
                title: t('finances.ranges.category'),
                render: (_, r) => (
                  <Space size={4} wrap>
                    {t(`finances.categories.${r.category}`)}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`finances.sections.${r.group}`)}
                    </Typography.Text>
                  </Space>
                ),
              },
              { key: 'min', title: t('finances.ranges.min'), width: 200, render: (_, r) => input(r.category, 'minFen') },
              { key: 'max', title: t('finances.ranges.max'), width: 200, render: (_, r) => input(r.category, 'maxFen') },
            ]}
          />
          <Button type="primary" onClick={save} loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Space>
      </UnreadableAmounts>
    </Card>
  );
}
