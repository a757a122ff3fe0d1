import { DeleteOutlined, EditOutlined, FileOutlined, InboxOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Popconfirm, Select, Space, Table, Tag, theme, Tooltip, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KINDS, type AttachmentKind, type AttachmentView } from '../../../../shared/schemas/evidence';
import { useDebts } from '../../api/debts';
import { useAttachments, useDeleteAttachment, useOpenAttachment, type AttachmentScope } from '../../api/evidence';
import { errorText } from '../../api/errors';
import { DateInput } from '../DateInput';
import { AttachmentEditModal } from './AttachmentEditModal';
import { formatBytes, KIND_COLORS } from './format';
import { useAddEvidence } from './useAddEvidence';
import { useInstantFormat } from '../instant';

export interface AttachmentListProps {
  clientId: number;
  debtId?: number;
  contactId?: number;
  /** A small list with an add button (contact drawer, timeline), instead of the full table. */
  compact?: boolean;
}

interface DebtOption {
  id: number;
  label: string;
}

/**
 * Evidence files of a client, or of one of its debts or contact entries: listed, added by the
 * file dialog or by drop, opened in the system viewer, edited and deleted.
 */
export function AttachmentList(props: AttachmentListProps) {
  if (props.compact) return <CompactList {...props} />;
  // The debt a file belongs to can be chosen only on the client's own list.
  if (props.debtId === undefined && props.contactId === undefined) return <FullListWithDebts clientId={props.clientId} />;
  return <FullList scope={props} />;
}

function FullListWithDebts({ clientId }: { clientId: number }) {
  const debts = useDebts(clientId);
  const options: DebtOption[] = (debts.data?.items ?? []).map((d) => ({ id: d.id, label: d.accountRef ? `${d.lenderName} · ${d.accountRef}` : d.lenderName }));
  return <FullList scope={{ clientId }} debts={options} />;
}

function defaultKind(scope: AttachmentScope): AttachmentKind {
  return scope.contactId ? 'collection_evidence' : 'other';
}

function useRowActions(clientId: number) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const del = useDeleteAttachment(clientId);
  const openM = useOpenAttachment();
  return {
    open: (a: AttachmentView) => openM.mutate(a.id, { onError: (err) => message.error(errorText(err, t)) }),
    remove: (a: AttachmentView) =>
      del.mutateAsync(a.id).then(
        () => void message.success(t('evidence.deleted')),
        (err: unknown) => void message.error(errorText(err, t)),
      ),
  };
}

function LinkedCell({ a }: { a: AttachmentView }) {
  const { t } = useTranslation();
  const instant = useInstantFormat();
  const parts: string[] = [];
  if (a.debtId !== null) parts.push(t('evidence.linked.debt', { name: a.debtLabel ?? `#${a.debtId}` }));
  if (a.contactId !== null) parts.push(t('evidence.linked.contact', { at: a.contactAt ? instant(a.contactAt, false) : '', name: a.contactLabel ?? '' }).trim());
  if (!parts.length) return <Typography.Text type="secondary">{t('evidence.linked.client')}</Typography.Text>;
  return <span>{parts.join(' / ')}</span>;
}

function FullList({ scope, debts }: { scope: AttachmentScope; debts?: DebtOption[] }) {
  const { t } = useTranslation();
  const instant = useInstantFormat();
  const list = useAttachments(scope);
  const add = useAddEvidence(scope.clientId);
  const actions = useRowActions(scope.clientId);
  const [editing, setEditing] = useState<AttachmentView | null>(null);
  const [kind, setKind] = useState<AttachmentKind>(defaultKind(scope));
  const [docDate, setDocDate] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [debtId, setDebtId] = useState<number | null>(scope.debtId ?? null);
  const { token } = theme.useToken();

  const details = () => ({
    kind,
    docDate,
    description: description.trim() || null,
    debtId: scope.debtId ?? debtId,
    contactId: scope.contactId ?? null,
  });

  const columns: TableColumnsType<AttachmentView> = [
    {
      title: t('evidence.columns.name'),
      key: 'name',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Typography.Link onClick={() => actions.open(a)} data-testid="evidence-open-link">
            <FileOutlined /> {a.fileName}
          </Typography.Link>
          {a.description && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.description}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('evidence.columns.kind'), key: 'kind', width: 120, render: (_, a) => <Tag color={KIND_COLORS[a.kind]}>{t(`evidence.kinds.${a.kind}`)}</Tag> },
    { title: t('evidence.columns.docDate'), key: 'docDate', width: 110, render: (_, a) => a.docDate ?? t('evidence.none') },
    { title: t('evidence.columns.linked'), key: 'linked', render: (_, a) => <LinkedCell a={a} /> },
    { title: t('evidence.columns.size'), key: 'size', width: 90, align: 'right', render: (_, a) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatBytes(a.size)}</span> },
    { title: t('evidence.columns.added'), key: 'added', width: 150, render: (_, a) => instant(a.createdAt) },
    {
      title: t('evidence.columns.actions'),
      key: 'actions',
      width: 170,
      render: (_, a) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => actions.open(a)}>
            {t('evidence.open')}
          </Button>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('evidence.edit')} onClick={() => setEditing(a)} />
          <Popconfirm title={t('evidence.deleteConfirm', { name: a.fileName })} onConfirm={() => actions.remove(a)} okButtonProps={{ danger: true }}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('evidence.delete')} data-testid="evidence-delete" />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="evidence-list">
      <Space wrap align="end" data-testid="evidence-add-bar">
        <label>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('evidence.fields.kind')}
          </Typography.Text>
          <Select<AttachmentKind>
            style={{ width: 150 }}
            value={kind}
            onChange={setKind}
            options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`evidence.kinds.${k}`) }))}
            data-testid="evidence-kind"
          />
        </label>
        <label>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('evidence.fields.docDate')}
          </Typography.Text>
          <DateInput value={docDate} onChange={setDocDate} style={{ width: 150 }} />
        </label>
        {debts && (
          <label>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('evidence.fields.debt')}
            </Typography.Text>
            <Select<number>
              allowClear
              style={{ width: 220 }}
              value={debtId ?? undefined}
              onChange={(v) => setDebtId(v ?? null)}
              placeholder={t('evidence.fields.debtNone')}
              options={debts.map((d) => ({ value: d.id, label: d.label }))}
            />
          </label>
        )}
        <label>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('evidence.fields.description')}
          </Typography.Text>
          <Input style={{ width: 240 }} value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <Button type="primary" icon={<PlusOutlined />} loading={add.busy} onClick={() => void add.pick(details())} data-testid="evidence-pick">
          {t('evidence.add')}
        </Button>
      </Space>
      <Upload.Dragger
        multiple
        showUploadList={false}
        openFileDialogOnClick={false}
        beforeUpload={(file, fileList) => {
          // Called once per file: the first call takes the whole drop.
          if (file === fileList[0]) void add.drop(fileList as unknown as File[], details());
          return Upload.LIST_IGNORE;
        }}
        style={{ padding: 0 }}
        data-testid="evidence-drop"
      >
        <div onClick={() => void add.pick(details())} style={{ padding: '4px 0', cursor: 'pointer' }}>
          <InboxOutlined style={{ fontSize: 28, color: token.colorPrimary }} />
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {add.busy ? t('evidence.uploading') : t('evidence.dropHint')}
          </Typography.Paragraph>
        </div>
      </Upload.Dragger>
      <Table<AttachmentView>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={(list.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evidence.empty')} /> }}
        data-testid="evidence-table"
      />
      {list.data && list.data.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('evidence.count', { count: list.data.length })}
        </Typography.Text>
      )}
      <AttachmentEditModal attachment={editing} debts={debts} onClose={() => setEditing(null)} />
    </Space>
  );
}

function CompactList({ clientId, debtId, contactId }: AttachmentListProps) {
  const { t } = useTranslation();
  const scope: AttachmentScope = { clientId, debtId, contactId };
  const list = useAttachments(scope);
  const add = useAddEvidence(clientId);
  const actions = useRowActions(clientId);
  const [kind, setKind] = useState<AttachmentKind>(defaultKind(scope));
  const [over, setOver] = useState(false);
  const { token } = theme.useToken();
  const details = () => ({ kind, debtId: debtId ?? null, contactId: contactId ?? null });

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) void add.drop(files, details());
  };

  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{ border: `1px dashed ${over ? token.colorPrimary : 'transparent'}`, borderRadius: 6, padding: over ? 4 : 0 }}
      data-testid="evidence-compact"
    >
      {(list.data ?? []).length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {over ? t('evidence.dropActive') : t('evidence.emptyCompact')}
        </Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {(list.data ?? []).map((a) => (
            <li key={a.id} style={{ display: 'flex', alignItems: 'center', gap: 6, padding: '2px 0' }}>
              <PaperClipOutlined />
              <Tooltip title={a.description ?? undefined}>
                <Typography.Link onClick={() => actions.open(a)} ellipsis style={{ maxWidth: 220 }}>
                  {a.fileName}
                </Typography.Link>
              </Tooltip>
              <Tag color={KIND_COLORS[a.kind]} style={{ marginInlineEnd: 0 }}>
                {t(`evidence.kinds.${a.kind}`)}
              </Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatBytes(a.size)}
              </Typography.Text>
              <Popconfirm title={t('evidence.deleteConfirm', { name: a.fileName })} onConfirm={() => actions.remove(a)} okButtonProps={{ danger: true }}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('evidence.delete')} />
              </Popconfirm>
            </li>
          ))}
        </ul>
      )}
      <Space size={4} style={{ marginTop: 4 }}>
        <Select<AttachmentKind>
          size="small"
          style={{ width: 130 }}
          value={kind}
          onChange={setKind}
          options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`evidence.kinds.${k}`) }))}
        />
        <Button size="small" icon={<PlusOutlined />} loading={add.busy} onClick={() => void add.pick(details())} data-testid="evidence-compact-add">
          {t('evidence.addShort')}
        </Button>
      </Space>
    </div>
  );
}
