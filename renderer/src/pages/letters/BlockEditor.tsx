import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, OrderedListOutlined, PlusOutlined, ReloadOutlined, TableOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Segmented, Select, Space, Tooltip, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_GROUPS, MERGE_FIELDS, fieldLabelKey, type Block, type Body, type FieldIssue } from '../../../../shared/schemas/letters';
import { MoneyInput } from '../../components/Money';

// A small block editor for letters and templates: a title, a salutation, a list of blocks
// (paragraph with **bold** markup, bullet or numbered list, a table of amounts) that can be
// reordered and removed, and the enclosures. Fields are inserted from a picker at the caret of
// the last text the counsellor was in; unknown fields are shown under the text they are in.

type AmountRows = NonNullable<Extract<Block, { kind: 'amounts' }>['rows']>;

export interface BlockEditorProps {
  title: string;
  body: Body;
  onChange(title: string, body: Body): void;
  issues: FieldIssue[];
  mode: 'template' | 'letter';
  readOnly?: boolean;
  /** Letters: the amounts rows generated from the debt (for "regenerate"). */
  defaultRows?: AmountRows;
}

interface Caret {
  location: string;
  start: number;
  end: number;
}

function textAt(title: string, body: Body, location: string): string {
  if (location === 'title') return title;
  if (location === 'salutation') return body.salutation;
  const parts = location.split('.');
  if (parts[0] === 'enclosures') return body.enclosures[Number(parts[1])] ?? '';
  const block = body.blocks[Number(parts[1])];
  if (!block) return '';
  if (block.kind === 'paragraph') return block.text;
  if (block.kind === 'list') return block.items[Number(parts[3])] ?? '';
  return block.rows?.[Number(parts[3])]?.label ?? '';
}

function withText(title: string, body: Body, location: string, value: string): [string, Body] {
  if (location === 'title') return [value, body];
  if (location === 'salutation') return [title, { ...body, salutation: value }];
  const parts = location.split('.');
  if (parts[0] === 'enclosures') return [title, { ...body, enclosures: body.enclosures.map((e, i) => (i === Number(parts[1]) ? value : e)) }];
  const bi = Number(parts[1]);
  const blocks = body.blocks.map((b, i): Block => {
    if (i !== bi) return b;
    if (b.kind === 'paragraph') return { ...b, text: value };
    if (b.kind === 'list') return { ...b, items: b.items.map((it, j) => (j === Number(parts[3]) ? value : it)) };
    return { ...b, rows: (b.rows ?? []).map((r, j) => (j === Number(parts[3]) ? { ...r, label: value } : r)) };
  });
  return [title, { ...body, blocks }];
}

export function BlockEditor({ title, body, onChange, issues, mode, readOnly, defaultRows }: BlockEditorProps) {
  const { t } = useTranslation();
  const caret = useRef<Caret>({ location: body.blocks.length ? 'blocks.0' : 'salutation', start: 0, end: 0 });

  const track = (location: string) => ({
    onSelect: (e: React.SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const el = e.currentTarget;
      caret.current = { location, start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
    },
    onFocus: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const el = e.currentTarget;
      caret.current = { location, start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
    },
  });

  const set = (location: string, value: string) => {
    const [nt, nb] = withText(title, body, location, value);
    onChange(nt, nb);
  };
  const setBlocks = (blocks: Block[]) => onChange(title, { ...body, blocks });
  const setBlock = (i: number, block: Block) => setBlocks(body.blocks.map((b, j) => (j === i ? block : b)));

  const insertField = (path: string) => {
    const { location, start, end } = caret.current;
    const current = textAt(title, body, location);
    const token = `{{${path}}}`;
    const s = Math.min(start, current.length);
    set(location, current.slice(0, s) + token + current.slice(Math.min(Math.max(end, s), current.length)));
    caret.current = { location, start: s + token.length, end: s + token.length };
  };

  const errorsAt = (location: string) => {
    const list = issues.filter((i) => i.location === location);
    if (!list.length) return null;
    return (
      <div role="alert" data-testid={`issues-${location}`}>
        {list.map((i) => (
          <Typography.Text key={`${i.offset}-${i.field}`} type="danger" style={{ display: 'block', fontSize: 12 }}>
            {i.problem === 'unknown' ? t('letters.editor.fieldError', { line: i.line, column: i.column, field: i.field }) : t('letters.editor.unclosedError', { line: i.line, column: i.column })}
          </Typography.Text>
        ))}
      </div>
    );
  };

  const move = (i: number, d: -1 | 1) => {
    const j = i + d;
    if (j < 0 || j >= body.blocks.length) return;
    const blocks = [...body.blocks];
    [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
    setBlocks(blocks);
  };

  const fieldOptions = FIELD_GROUPS.map((g) => ({
    label: t(`letters.fieldGroups.${g}`),
    options: MERGE_FIELDS.filter((f) => f.path.split('.')[0] === g).map((f) => ({ value: f.path, label: `${t(fieldLabelKey(f.path))} · ${f.path}` })),
  }));

  const blockView = (b: Block, i: number) => {
    const loc = `blocks.${i}`;
    const label = `${t('letters.editor.blocks')} ${i + 1}`;
    const tools = readOnly ? null : (
      <Space size={0}>
        <Tooltip title={t('letters.editor.moveUp')}>
          <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`${t('letters.editor.moveUp')} ${i + 1}`} disabled={i === 0} onClick={() => move(i, -1)} />
        </Tooltip>
        <Tooltip title={t('letters.editor.moveDown')}>
          <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={`${t('letters.editor.moveDown')} ${i + 1}`} disabled={i === body.blocks.length - 1} onClick={() => move(i, 1)} />
        </Tooltip>
        <Tooltip title={t('letters.editor.remove')}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('letters.editor.remove')} ${i + 1}`} onClick={() => setBlocks(body.blocks.filter((_, j) => j !== i))} />
        </Tooltip>
      </Space>
    );
    let content: React.ReactNode;
    if (b.kind === 'paragraph') {
      content = (
        <>
          <Input.TextArea aria-label={label} value={b.text} readOnly={readOnly} autoSize={{ minRows: 2 }} onChange={(e) => set(loc, e.target.value)} {...track(loc)} />
          {errorsAt(loc)}
        </>
      );
    } else if (b.kind === 'list') {
      content = (
        <Space direction="vertical" style={{ width: '100%' }} size={4}>
          {!readOnly && (
            <Segmented
              size="small"
              value={b.ordered ? 'ol' : 'ul'}
              onChange={(v) => setBlock(i, { ...b, ordered: v === 'ol' })}
              options={[
                { value: 'ol', label: t('letters.editor.ordered'), icon: <OrderedListOutlined /> },
                { value: 'ul', label: t('letters.editor.bullets'), icon: <UnorderedListOutlined /> },
              ]}
            />
          )}
          {b.items.map((item, j) => (
            <div key={j}>
              <Space.Compact style={{ width: '100%' }}>
                <span style={{ padding: '4px 8px', color: '#595959' }}>{b.ordered ? `${j + 1}.` : '•'}</span>
                <Input.TextArea
                  aria-label={`${label} · ${j + 1}`}
                  value={item}
                  readOnly={readOnly}
                  autoSize={{ minRows: 1 }}
                  onChange={(e) => set(`${loc}.items.${j}`, e.target.value)}
                  {...track(`${loc}.items.${j}`)}
                />
                {!readOnly && b.items.length > 1 && (
                  <Button icon={<DeleteOutlined />} aria-label={`${t('letters.editor.remove')} ${j + 1}`} onClick={() => setBlock(i, { ...b, items: b.items.filter((_, k) => k !== j) })} />
                )}
              </Space.Compact>
              {errorsAt(`${loc}.items.${j}`)}
            </div>
          ))}
          {!readOnly && (
            <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setBlock(i, { ...b, items: [...b.items, ''] })}>
              {t('letters.editor.addItem')}
            </Button>
          )}
        </Space>
      );
    } else if (mode === 'template' || !b.rows) {
      content = <Typography.Text type="secondary">{t('letters.editor.amountsAuto')}</Typography.Text>;
    } else {
      const rows = b.rows;
      content = (
        <Space direction="vertical" style={{ width: '100%' }} size={4}>
          {rows.map((r, j) => (
            <Space.Compact key={j} style={{ width: '100%' }}>
              <Input aria-label={`${t('letters.editor.rowLabel')} ${j + 1}`} value={r.label} readOnly={readOnly} onChange={(e) => set(`${loc}.rows.${j}`, e.target.value)} style={{ width: '60%' }} />
              <MoneyInput
                aria-label={`${t('letters.editor.rowAmount')} ${j + 1}`}
                value={r.amountFen}
                readOnly={readOnly}
                onChange={(v) => typeof v !== 'string' && setBlock(i, { ...b, rows: rows.map((x, k) => (k === j ? { ...x, amountFen: v ?? 0 } : x)) })}
                style={{ width: '35%' }}
              />
              {!readOnly && <Button icon={<DeleteOutlined />} aria-label={`${t('letters.editor.remove')} ${j + 1}`} onClick={() => setBlock(i, { ...b, rows: rows.filter((_, k) => k !== j) })} />}
            </Space.Compact>
          ))}
          {!readOnly && (
            <Space wrap>
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setBlock(i, { ...b, rows: [...rows, { label: t('letters.editor.rowLabel'), amountFen: 0 }] })}>
                {t('letters.editor.addRow')}
              </Button>
              {defaultRows && (
                <Button size="small" icon={<ReloadOutlined />} onClick={() => setBlock(i, { ...b, rows: defaultRows })}>
                  {t('letters.editor.regenerate')}
                </Button>
              )}
              <Checkbox checked={b.total !== false} onChange={(e) => setBlock(i, { ...b, total: e.target.checked })}>
                {t('letters.editor.totalRow')}
              </Checkbox>
            </Space>
          )}
        </Space>
      );
    }
    return (
      <Card key={i} size="small" data-testid={`block-${i}`} title={<Typography.Text type="secondary">{label}</Typography.Text>} extra={tools} style={{ marginBottom: 8 }}>
        {content}
      </Card>
    );
  };

  return (
    <div>
      {!readOnly && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('letters.editor.insertField')}
            placeholder={t('letters.editor.insertField')}
            style={{ width: 300 }}
            showSearch
            optionFilterProp="label"
            value={null}
            options={fieldOptions}
            onChange={(v: string | null) => v && insertField(v)}
            // Keep the caret where it was in the text: the picker must not steal it for good.
            onMouseDown={(e) => e.preventDefault()}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('letters.editor.boldHint')}
          </Typography.Text>
        </Space>
      )}
      <Typography.Text strong style={{ display: 'block' }}>
        {t('letters.editor.titleLabel')}
      </Typography.Text>
      <Input aria-label={t('letters.editor.titleLabel')} value={title} readOnly={readOnly} onChange={(e) => set('title', e.target.value)} {...track('title')} style={{ marginBottom: 4 }} />
      {errorsAt('title')}
      <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
        {t('letters.editor.salutation')}
      </Typography.Text>
      <Input aria-label={t('letters.editor.salutation')} value={body.salutation} readOnly={readOnly} onChange={(e) => set('salutation', e.target.value)} {...track('salutation')} />
      {errorsAt('salutation')}
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 4px' }}>
        {t('letters.editor.blocks')}
      </Typography.Text>
      {body.blocks.map(blockView)}
      {!readOnly && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setBlocks([...body.blocks, { kind: 'paragraph', text: '' }])}>
            {t('letters.editor.addParagraph')}
          </Button>
          <Button icon={<OrderedListOutlined />} onClick={() => setBlocks([...body.blocks, { kind: 'list', ordered: true, items: [''] }])}>
            {t('letters.editor.addList')}
          </Button>
          <Button
            icon={<TableOutlined />}
            onClick={() => setBlocks([...body.blocks, mode === 'template' ? { kind: 'amounts', total: true } : { kind: 'amounts', total: true, rows: defaultRows ?? [] }])}
          >
            {t('letters.editor.addAmounts')}
          </Button>
        </Space>
      )}
      <Typography.Text strong style={{ display: 'block', margin: '8px 0 4px' }}>
        {t('letters.editor.enclosures')}
      </Typography.Text>
      {body.enclosures.map((e, i) => (
        <div key={i} style={{ marginBottom: 4 }}>
          <Space.Compact style={{ width: '100%' }}>
            <span style={{ padding: '4px 8px', color: '#595959' }}>{i + 1}.</span>
            <Input aria-label={`${t('letters.editor.enclosures')} ${i + 1}`} value={e} readOnly={readOnly} onChange={(ev) => set(`enclosures.${i}`, ev.target.value)} {...track(`enclosures.${i}`)} />
            {!readOnly && (
              <Button icon={<DeleteOutlined />} aria-label={`${t('letters.editor.remove')} ${t('letters.editor.enclosures')} ${i + 1}`} onClick={() => onChange(title, { ...body, enclosures: body.enclosures.filter((_, j) => j !== i) })} />
            )}
          </Space.Compact>
          {errorsAt(`enclosures.${i}`)}
        </div>
      ))}
      {!readOnly && (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange(title, { ...body, enclosures: [...body.enclosures, ''] })}>
          {t('letters.editor.addEnclosure')}
        </Button>
      )}
    </div>
  );
}
