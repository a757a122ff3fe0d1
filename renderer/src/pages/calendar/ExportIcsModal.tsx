import { App, Checkbox, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarKind } from '../../../../shared/schemas/calendar';
import { useExportIcs } from '../../api/calendar';
import { errorText } from '../../api/errors';

// The days shown, saved as an .ics file for the counsellor's phone. Client names stay out of
// the titles unless ticked: phone calendars sync to clouds the case file never should.
export function ExportIcsModal({ from, to, kinds, onClose }: { from: string; to: string; kinds: CalendarKind[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [withNames, setWithNames] = useState(false);
  const job = useExportIcs();

  const run = async () => {
    try {
      const r = await job.mutateAsync({ from, to, kinds, withNames });
      if (r.path) void message.success(t('calendar.export.done', { count: r.events, path: r.path }));
      onClose();
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  return (
    <Modal open title={t('calendar.export.title')} okText={t('calendar.export.save')} onOk={() => void run()} confirmLoading={job.isPending} onCancel={onClose}>
      <Space direction="vertical">
        <Typography.Text>{t('calendar.export.range', { from, to })}</Typography.Text>
        <Checkbox checked={withNames} onChange={(e) => setWithNames(e.target.checked)}>
          {t('calendar.export.withNames')}
        </Checkbox>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('calendar.export.withNamesHint')}
        </Typography.Text>
      </Space>
    </Modal>
  );
}
