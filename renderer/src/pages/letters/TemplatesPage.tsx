import { EditOutlined, LeftOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Input, List, Popconfirm, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../shared/schemas/common';
import { LETTER_TYPES, bodyIssues, type Body, type LetterType, type TemplateSummary } from '../../../../shared/schemas/letters';
import { errorText } from '../../api/errors';
import { useRestoreTemplate, useSaveTemplate, useTemplate, useTemplates } from '../../api/letters';
import { href, navigate, paths } from '../../router';
import { BlockEditor } from './BlockEditor';
import { cleanBody } from './LetterPage';
import { useInstantFormat } from '../../components/instant';

// The template library (type × language) and the editor of one template: the block editor
// with the field picker and inline unknown-field errors, version history, restore default.
export function TemplatesPage({ id }: { id?: number }) {
  return id === undefined ? <TemplateLibrary /> : <TemplateEditor id={id} />;
}

function TemplateLibrary() {
  const { t } = useTranslation();
  const list = useTemplates();
  const byKey = new Map((list.data ?? []).map((s) => [`${s.type}/${s.locale}`, s]));
  const cell = (s: TemplateSummary | undefined) =>
    s ? (
      <Space direction="vertical" size={2}>
        <a href={href(paths.template(s.id))} aria-label={`${t('letters.templates.edit')} ${s.name} ${t(`letters.locales.${s.locale}`)}`}>
          <EditOutlined /> {s.name}
        </a>
        <Space size={4}>
          {s.isDefault ? <Tag>{t('letters.templates.isDefault')}</Tag> : <Tag color="orange">{t('letters.templates.customised')}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('letters.templates.version', { version: s.currentVersion })}
          </Typography.Text>
        </Space>
      </Space>
    ) : null;
  const columns: TableProps<{ type: LetterType }>['columns'] = [
    { key: 'type', title: t('letters.templates.type'), width: 220, render: (_, r) => <Typography.Text strong>{t(`letters.types.${r.type}`)}</Typography.Text> },
    ...LOCALES.map((locale: Locale) => ({ key: locale, title: t(`letters.locales.${locale}`), render: (_: unknown, r: { type: LetterType }) => cell(byKey.get(`${r.type}/${locale}`)) })),
  ];
  return (
    <Card
      title={
        <Space>
          <Button type="text" icon={<LeftOutlined />} aria-label={t('letters.back')} onClick={() => navigate(paths.letters())} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('letters.templatesTitle')}
          </Typography.Title>
        </Space>
      }
    >
      {list.isError && <Alert type="error" message={errorText(list.error, t)} />}
      <Table rowKey="type" loading={list.isLoading} dataSource={LETTER_TYPES.map((type) => ({ type }))} columns={columns} pagination={false} size="middle" />
    </Card>
  );
}

function TemplateEditor({ id }: { id: number }) {
  const { t } = useTranslation();
  const instant = useInstantFormat();
  const { message } = App.useApp();
  const [viewing, setViewing] = useState<number | undefined>();
  const current = useTemplate(id);
  const old = useTemplate(viewing === undefined ? undefined : id, viewing);
  const save = useSaveTemplate();
  const restore = useRestoreTemplate();
  const [draft, setDraft] = useState<{ name: string; title: string; body: Body } | null>(null);
  const data = current.data;

  useEffect(() => {
    if (data) setDraft({ name: data.name, title: data.title, body: data.body });
  }, [data]);

  const issues = useMemo(() => (draft ? bodyIssues(draft.title, draft.body) : []), [draft]);
  if (current.isLoading || !draft) return <Skeleton active />;
  if (current.isError || !data) return <Alert type="error" message={errorText(current.error, t)} />;

  const dirty = draft.name !== data.name || draft.title !== data.title || JSON.stringify(cleanBody(draft.body)) !== JSON.stringify(cleanBody(data.body));
  const shown = viewing !== undefined && old.data ? { name: old.data.name, title: old.data.title, body: old.data.body } : draft;
  const readOnly = viewing !== undefined;

  const doSave = async () => {
    try {
      await save.mutateAsync({ id, rev: data.rev, name: draft.name, title: draft.title, body: cleanBody(draft.body) });
      void message.success(t('letters.editor.saved'));
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };
  const doRestore = async () => {
    try {
      await restore.mutateAsync({ id, rev: data.rev });
      setViewing(undefined);
      void message.success(t('letters.templates.restored'));
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  return (
    <Row gutter={12}>
      <Col xs={24} xl={17}>
        <Card
          title={
            <Space wrap>
              <Button type="text" icon={<LeftOutlined />} aria-label={t('letters.back')} onClick={() => navigate(paths.templates())} />
              <Typography.Title level={4} style={{ margin: 0 }}>
                {data.name}
              </Typography.Title>
              <Tag>{t(`letters.types.${data.type}`)}</Tag>
              <Tag>{t(`letters.locales.${data.locale}`)}</Tag>
              {data.isDefault ? <Tag>{t('letters.templates.isDefault')}</Tag> : <Tag color="orange">{t('letters.templates.customised')}</Tag>}
              <Typography.Text type="secondary">{t('letters.templates.version', { version: data.currentVersion })}</Typography.Text>
            </Space>
          }
          extra={
            <Space>
              <Popconfirm title={t('letters.templates.restoreConfirm')} okText={t('letters.templates.restoreDefault')} cancelText={t('common.cancel')} onConfirm={() => void doRestore()}>
                <Button icon={<RollbackOutlined />} loading={restore.isPending}>
                  {t('letters.templates.restoreDefault')}
                </Button>
              </Popconfirm>
              <Button type="primary" icon={<SaveOutlined />} disabled={readOnly || !dirty || issues.length > 0} loading={save.isPending} onClick={() => void doSave()}>
                {t('letters.editor.save')}
              </Button>
            </Space>
          }
        >
          {readOnly && (
            <Alert
              style={{ marginBottom: 12 }}
              type="info"
              message={t('letters.templates.viewingOld', { version: viewing })}
              action={
                <Button size="small" onClick={() => setViewing(undefined)}>
                  {t('letters.templates.backToCurrent')}
                </Button>
              }
            />
          )}
          {dirty && !readOnly && <Typography.Text type="warning">{t('letters.editor.unsaved')}</Typography.Text>}
          <Typography.Text strong style={{ display: 'block' }}>
            {t('letters.templates.name')}
          </Typography.Text>
          <Input aria-label={t('letters.templates.name')} value={shown.name} readOnly={readOnly} onChange={(e) => setDraft({ ...draft, name: e.target.value })} style={{ marginBottom: 8 }} />
          <BlockEditor
            mode="template"
            title={shown.title}
            body={shown.body}
            readOnly={readOnly}
            issues={readOnly ? [] : issues}
            onChange={(title, body) => setDraft({ ...draft, title, body })}
          />
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <Card size="small" title={t('letters.templates.versions')}>
          <List
            size="small"
            dataSource={data.versions}
            renderItem={(v) => (
              <List.Item
                actions={[
                  <Button key="view" size="small" type={viewing === v.version ? 'primary' : 'link'} onClick={() => setViewing(v.version === data.currentVersion ? undefined : v.version)}>
                    {t('letters.templates.viewVersion')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={t('letters.templates.version', { version: v.version })}
                  description={
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {v.name} · {instant(v.createdAt)} · {v.createdBy}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
