import { CheckCircleOutlined, DeleteOutlined, DownloadOutlined, ExportOutlined, FileWordOutlined, LeftOutlined, PrinterOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Popconfirm, Popover, Row, Skeleton, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../hooks/useDebounced';
import { useChecklistWarning } from '../clients/checklists/useChecklistWarning';
import { bodyIssues, type Body } from '../../../../shared/schemas/letters';
import { errorText } from '../../api/errors';
import { useDeleteLetter, useFinaliseLetter, useLetter, useLetterPdf, useLetterPreview, useMarkSent, useUpdateLetter } from '../../api/letters';
import { DateInput } from '../../components/DateInput';
import { UnreadableAmounts, useUnreadableBoxes } from '../../components/Money';
import { href, navigate, paths } from '../../router';
import { BlockEditor } from './BlockEditor';
import { LetterStatusTag } from './LettersPage';
import { LetterPreviewView } from './LetterPreviewView';
import { MissingFields } from './MissingFields';
import { useInstantFormat } from '../../components/instant';
import { useShownName } from '../../demo/useShownName';

/** What is sent to the main process: empty enclosures and list items dropped. */
export function cleanBody(body: Body): Body {
  return {
    salutation: body.salutation,
    blocks: body.blocks.map((b) => (b.kind === 'list' ? { ...b, items: b.items.filter((i) => i.trim() !== '').length ? b.items.filter((i) => i.trim() !== '') : [''] } : b)),
    enclosures: body.enclosures.filter((e) => e.trim() !== ''),
  };
}

// One letter: the block editor with the field picker, a live preview laid out like the PDF,
// and the steps draft → final (frozen, PDF archived) → sent (logged as a contact).
export function LetterPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const shown = useShownName();
  const instant = useInstantFormat();
  const { message } = App.useApp();
  const letter = useLetter(id);
  const update = useUpdateLetter();
  const finalise = useFinaliseLetter();
  const markSent = useMarkSent();
  const remove = useDeleteLetter();
  const pdf = useLetterPdf();
  const [text, setText] = useState<{ title: string; body: Body } | null>(null);
  const [sentOn, setSentOn] = useState<string | null>(null);

  const data = letter.data;
  // Warn (never block) before "final" while this lender's evidence checklist is incomplete.
  const checklistWarning = useChecklistWarning(data?.clientId ?? 0, data?.lenderId ?? null);
  useEffect(() => {
    if (data) setText({ title: data.title, body: data.body });
  }, [data]);

  const isDraft = data?.status === 'draft';
  const dirty = !!data && !!text && (text.title !== data.title || JSON.stringify(cleanBody(text.body)) !== JSON.stringify(cleanBody(data.body)));
  const issues = useMemo(() => (text ? bodyIssues(text.title, text.body) : []), [text]);
  // An amount box holding text that is not an amount: nothing is saved or finalised until it is put right.
  const [unreadable, reportUnreadable] = useUnreadableBoxes();
  const blocked = issues.length > 0 || unreadable.size > 0;
  const debounced = useDebounced(text, 300);
  const previewInput = isDraft && debounced && issues.length === 0 && debounced.title.trim() ? { id, title: debounced.title, body: cleanBody(debounced.body) } : { id };
  const preview = useLetterPreview(previewInput, !!data);

  if (letter.isLoading || !text) return <Skeleton active />;
  if (letter.isError || !data) return <Alert type="error" message={errorText(letter.error, t)} />;

  const fail = (err: unknown) => void message.error(errorText(err, t));

  const save = async (): Promise<number | null> => {
    if (!dirty) return data.rev;
    try {
      const saved = await update.mutateAsync({ id, rev: data.rev, title: text.title, body: cleanBody(text.body) });
      void message.success(t('letters.editor.saved'));
      return saved.rev;
    } catch (err) {
      fail(err);
      return null;
    }
  };

  const doFinalise = async () => {
    const rev = await save();
    if (rev === null) return;
    try {
      await finalise.mutateAsync({ id, rev });
      void message.success(t('letters.letter.finalised'));
    } catch (err) {
      fail(err);
    }
  };

  const doSent = async () => {
    try {
      await markSent.mutateAsync({ id, rev: data.rev, ...(sentOn ? { date: sentOn } : {}) });
      void message.success(t('letters.letter.sent'));
    } catch (err) {
      fail(err);
    }
  };

  const doPdf = async (action: 'letters.savePdf' | 'letters.openPdf' | 'letters.printPdf' | 'letters.saveDocx') => {
    try {
      const r = await pdf.mutateAsync({ id, action });
      if ((action === 'letters.savePdf' || action === 'letters.saveDocx') && r.done && r.path) void message.success(t('letters.letter.pdfSaved', { path: r.path }));
    } catch (err) {
      fail(err);
    }
  };

  const notInPacket = data.enclosuresNotInPacket.length ? t('letters.letter.enclosuresNotInPacket', { list: data.enclosuresNotInPacket.join(t('common.listSeparator')) }) : null;
  const finaliseNotes =
    notInPacket || checklistWarning ? (
      <Space direction="vertical" size={4} style={{ maxWidth: 420 }}>
        {notInPacket && <span>{notInPacket}</span>}
        {checklistWarning && (
          <Typography.Text type="warning" data-testid="checklist-warning">
            {checklistWarning}
          </Typography.Text>
        )}
      </Space>
    ) : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Card
        title={
          <Space wrap>
            <Button type="text" icon={<LeftOutlined />} aria-label={t('letters.back')} onClick={() => (history.length > 1 ? history.back() : navigate(paths.letters()))} />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {data.title}
            </Typography.Title>
            <LetterStatusTag status={data.status} />
            <Tag>{t(`letters.types.${data.type}`)}</Tag>
            <Tag>{t(`letters.locales.${data.locale}`)}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            <a href={href(paths.client(data.clientId))}>
              {shown(data.clientName)} · {data.caseRef}
            </a>
            {data.lenderName && <Typography.Text type="secondary">→ {data.lenderName}</Typography.Text>}
          </Space>
        }
      >
        <Space wrap>
          {isDraft && (
            <>
              <Button icon={<SaveOutlined />} type={dirty ? 'primary' : 'default'} disabled={!dirty || blocked} loading={update.isPending} onClick={() => void save()}>
                {t('letters.editor.save')}
              </Button>
              <Popconfirm title={t('letters.letter.finaliseConfirm')} description={finaliseNotes} okText={t('letters.letter.finalise')} cancelText={t('common.cancel')} onConfirm={() => void doFinalise()}>
                <Button icon={<CheckCircleOutlined />} disabled={blocked} loading={finalise.isPending}>
                  {t('letters.letter.finalise')}
                </Button>
              </Popconfirm>
            </>
          )}
          {data.status === 'final' && (
            <Popover
              trigger="click"
              content={
                <Space direction="vertical">
                  <Typography.Text>{t('letters.letter.sentDate')}</Typography.Text>
                  <DateInput aria-label={t('letters.letter.sentDate')} value={sentOn} onChange={setSentOn} />
                  <Button type="primary" loading={markSent.isPending} onClick={() => void doSent()}>
                    {t('letters.letter.markSent')}
                  </Button>
                </Space>
              }
            >
              <Button type="primary" icon={<SendOutlined />}>
                {t('letters.letter.markSent')}
              </Button>
            </Popover>
          )}
          <Button icon={<DownloadOutlined />} loading={pdf.isPending && pdf.variables?.action === 'letters.savePdf'} onClick={() => void doPdf('letters.savePdf')}>
            {t('letters.letter.savePdf')}
          </Button>
          <Button icon={<FileWordOutlined />} loading={pdf.isPending && pdf.variables?.action === 'letters.saveDocx'} onClick={() => void doPdf('letters.saveDocx')}>
            {t('letters.letter.saveDocx')}
          </Button>
          <Button icon={<ExportOutlined />} onClick={() => void doPdf('letters.openPdf')}>
            {t('letters.letter.openPdf')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => void doPdf('letters.printPdf')}>
            {t('letters.letter.printPdf')}
          </Button>
          {isDraft && (
            <Popconfirm
              title={t('letters.letter.deleteConfirm')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                remove.mutateAsync(id).then(() => {
                  void message.success(t('letters.letter.deleted'));
                  navigate(paths.client(data.clientId));
                }, fail)
              }
            >
              <Button danger icon={<DeleteOutlined />}>
                {t('letters.letter.delete')}
              </Button>
            </Popconfirm>
          )}
          {dirty && <Typography.Text type="warning">{t('letters.editor.unsaved')}</Typography.Text>}
          {data.templateVersion !== null && <Typography.Text type="secondary">{t('letters.letter.templateVersion', { version: data.templateVersion })}</Typography.Text>}
        </Space>
        {isDraft && data.missingFields.length > 0 && <MissingFields paths={data.missingFields} clientId={data.clientId} lenderId={data.lenderId} />}
        {isDraft && notInPacket && <Alert style={{ marginTop: 12 }} type="warning" showIcon data-testid="enclosures-not-in-packet" message={notInPacket} />}
        {!isDraft && (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            message={t('letters.letter.frozen')}
            description={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('letters.letter.sha')}: <code>{data.pdfSha256}</code>
                {data.sentAt ? ` · ${t('letters.columns.sentAt')}: ${instant(data.sentAt, false)}` : ''}
              </Typography.Text>
            }
          />
        )}
      </Card>
      <Row gutter={12}>
        <Col xs={24} xl={11}>
          <Card size="small">
            <UnreadableAmounts value={reportUnreadable}>
              <BlockEditor mode="letter" title={text.title} body={text.body} issues={issues} readOnly={!isDraft} onChange={(title, body) => setText({ title, body })} />
            </UnreadableAmounts>
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card size="small" title={t('letters.letter.preview')} extra={<Typography.Text type="secondary">{t('letters.letter.previewNote')}</Typography.Text>}>
            {/* Until the first preview arrives: a busy spinner, not an empty box saying there is nothing. */}
            {preview.data ? <LetterPreviewView preview={preview.data} /> : preview.isError ? <Alert type="error" message={errorText(preview.error, t)} /> : <Spin style={{ display: 'block', padding: 48 }} />}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
