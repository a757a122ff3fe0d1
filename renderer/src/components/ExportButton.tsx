import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportResult } from '../../../shared/schemas/exports';
import { errorText } from '../api/errors';

// "Export" with a choice of .xlsx or CSV. The main process builds the file and asks where to
// save it; this only says where it went. Used by every list that can be exported.
export function ExportButton({ run, disabled }: { run: (format: ExportFormat) => Promise<ExportResult>; disabled?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const job = useMutation({ mutationFn: run });
  const start = (format: ExportFormat) =>
    job.mutateAsync(format).then(
      (r) => {
        if (r.path) void message.success(t('exports.done', { rows: r.rows, path: r.path }));
      },
      (err: unknown) => void message.error(errorText(err, t)),
    );
  return (
    <Dropdown
      disabled={disabled || job.isPending}
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('exports.xlsx') },
          { key: 'csv', label: t('exports.csv') },
        ],
        onClick: ({ key }) => void start(key as ExportFormat),
      }}
    >
      <Button icon={<FileExcelOutlined />} loading={job.isPending}>
        {t('exports.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
