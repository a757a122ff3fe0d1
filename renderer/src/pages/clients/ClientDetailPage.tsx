import { ArrowLeftOutlined, EditOutlined, EyeInvisibleOutlined, EyeOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/domain/phone';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useArchiveClient, useClient } from '../../api/queries';
import { navigate } from '../../router';
import { StatusTag } from './StatusTag';

export function ClientDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient(id);
  const archive = useArchiveClient();
  const [fullId, setFullId] = useState<string | null>(null);

  if (client.isPending) return <Spin />;
  if (client.isError) {
    return (
      <Result
        status="warning"
        title={errorText(client.error, t)}
        extra={<Button onClick={() => navigate('/clients')}>{t('common.back')}</Button>}
      />
    );
  }
  const c = client.data;
  const dash = <Typography.Text type="secondary">{t('common.notSet')}</Typography.Text>;

  const toggleId = async () => {
    if (fullId) return setFullId(null);
    try {
      setFullId((await call('clients.revealIdNumber', { id })).idNumber);
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  const setArchived = (archived: boolean) =>
    archive.mutate(
      { id, archived },
      {
        onSuccess: () => void message.success(archived ? t('clients.archived') : t('clients.unarchived')),
        onError: (err) => void message.error(errorText(err, t)),
      },
    );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/clients')}>
        {t('clients.title')}
      </Button>
      {c.archived && <Alert type="info" showIcon title={t('clients.archivedTag')} />}
      <Card
        title={
          <Space align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {c.name}
            </Typography.Title>
            <Tag>{c.caseRef}</Tag>
            <StatusTag status={c.status} />
          </Space>
        }
        extra={
          <Space>
            <Button icon={<EditOutlined />} onClick={() => navigate(`/clients/${id}/edit`)}>
              {t('common.edit')}
            </Button>
            {c.archived ? (
              <Button icon={<UndoOutlined />} onClick={() => setArchived(false)} loading={archive.isPending}>
                {t('clients.unarchive')}
              </Button>
            ) : (
              <Popconfirm title={t('clients.archiveConfirm', { name: c.name })} onConfirm={() => setArchived(true)} okText={t('clients.archive')} cancelText={t('common.cancel')}>
                <Button icon={<InboxOutlined />} loading={archive.isPending}>
                  {t('clients.archive')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle" title={t('clients.detail')}>
          <Descriptions.Item label={t('clients.fields.name')}>{c.name}</Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.gender')}>{t(`clients.genders.${c.gender}`)}</Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.phone')}>{c.phone ? formatPhone(c.phone) : dash}</Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.idNumber')}>
            {c.idNumberMasked ? (
              <Space>
                <span style={{ fontFamily: 'monospace' }} data-testid="id-number">
                  {fullId ?? c.idNumberMasked}
                </span>
                <Tooltip title={t('clients.revealHint')}>
                  <Button size="small" type="link" icon={fullId ? <EyeInvisibleOutlined /> : <EyeOutlined />} onClick={toggleId}>
                    {fullId ? t('common.hide') : t('common.reveal')}
                  </Button>
                </Tooltip>
              </Space>
            ) : (
              dash
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.email')}>{c.email ?? dash}</Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.status')}>
            <StatusTag status={c.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.address')} span={2}>
            {c.address ?? dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('clients.columns.createdAt')}>{dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
          <Descriptions.Item label={t('clients.columns.updatedAt')}>{dayjs(c.updatedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
          <Descriptions.Item label={t('clients.fields.notes')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.notes ?? dash}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </Space>
  );
}
