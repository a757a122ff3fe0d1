import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../shared/schemas/clients';
import { revealIdNumber } from '../../api/clients';
import { displayPersonalId } from '../../../../shared/domain/personal-id';
import { errorText } from '../../api/errors';

/** The ID number masked, with a button to see it in full (which the main process records). */
export function IdNumberField({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [fullId, setFullId] = useState<string | null>(null);
  if (!client.idNumberMasked) return <Typography.Text type="secondary">{t('common.notSet')}</Typography.Text>;

  const toggle = async () => {
    if (fullId) return setFullId(null);
    try {
      const { idNumber } = await revealIdNumber(client.id);
      setFullId(idNumber === null ? null : displayPersonalId(client.idType, idNumber));
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  return (
    <Space>
      <span style={{ fontFamily: 'monospace' }} data-testid="id-number">
        {fullId ?? client.idNumberMasked}
      </span>
      <Tooltip title={t('clients.revealHint')}>
        <Button size="small" type="link" icon={fullId ? <EyeInvisibleOutlined /> : <EyeOutlined />} onClick={toggle}>
          {fullId ? t('common.hide') : t('common.reveal')}
        </Button>
      </Tooltip>
    </Space>
  );
}
