import { App, Button, Form, Input, Modal, Radio, Result, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REVIEW_OUTCOMES, type ReviewView } from '../../../../shared/schemas/reviews';
import { useCompleteReview, useReview } from '../../api/calendar';
import { errorText } from '../../api/errors';
import { useFormFailure } from '../../hooks/useFormFailure';
import { navigate, paths } from '../../router';
import { ReviewChangesView } from './ReviewChangesView';
import { useShownName } from '../../demo/useShownName';

// A case review: what changed since the plan or the last review, then the outcome. Completing
// it sets the next date; "re-plan" opens the revision of the latest saved plan (proposals tab).
export function ReviewModal({ review, onClose }: { review: ReviewView; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useShownName();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const detail = useReview(review.id);
  const complete = useCompleteReview();
  const [form] = Form.useForm<{ outcome: ReviewView['outcome']; notes: string }>();

  const submit = async (values: { outcome: NonNullable<ReviewView['outcome']>; notes?: string }) => {
    try {
      const r = await complete.mutateAsync({ id: review.id, rev: review.rev, outcome: values.outcome, notes: values.notes ?? null });
      void message.success(r.next ? t('reviews.completed', { date: r.next.dueDate }) : t('reviews.completedNoNext'));
      onClose();
      // Re-planning's own entry point: the proposals tab with the latest saved plan open for revision.
      if (values.outcome === 'replan') navigate(paths.client(review.clientId, 'proposals', { revise: 'latest' }));
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <Modal open width={760} title={`${t('reviews.title')} · ${shown(review.clientName)}`} onCancel={onClose} footer={null} styles={{ body: { maxHeight: '68vh', overflowY: 'auto' } }}>
      {detail.isPending ? (
        <Spin />
      ) : detail.isError ? (
        <Result status="warning" title={errorText(detail.error, t)} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>{t('reviews.since', { date: detail.data.review.sinceDate })}</Typography.Text>
          <ReviewChangesView changes={detail.data.changes} />
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v as { outcome: NonNullable<ReviewView['outcome']>; notes?: string })} style={{ marginTop: 8 }}>
            <Form.Item name="outcome" label={t('reviews.outcome')} rules={[{ required: true, message: t('validation.required') }]}>
              <Radio.Group options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`reviews.outcomes.${o}`) }))} />
            </Form.Item>
            <Form.Item name="notes" label={t('reviews.notes')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={complete.isPending}>
              {t('reviews.complete')}
            </Button>
          </Form>
        </Space>
      )}
    </Modal>
  );
}
