import { PlusOutlined } from '@ant-design/icons';
import { App, Form, Input, Modal, Select, Space, Spin, Tag, Typography } from 'antd';
import type { RefSelectProps } from 'antd/es/select';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../hooks/useDebounced';
import type { LENDER_TYPES } from '../../../shared/schemas/lenders';
import { useFormFailure } from '../hooks/useFormFailure';
import { useCreateLender, useLender, useLenderSuggestions } from '../api/lenders';
import { guessLenderType, useLenderRegion, useLenderTypeOptions } from './lenderTypes';

export type LenderType = (typeof LENDER_TYPES)[number];

const TYPE_COLORS: Record<LenderType, string> = {
  online_platform: 'blue',
  bank: 'gold',
  card_issuer: 'gold',
  consumer_finance: 'cyan',
  microcredit: 'cyan',
  finance_company: 'geekblue',
  money_lender: 'magenta',
  pawnshop: 'orange',
  collection_agency: 'volcano',
  private: 'purple',
  other: 'default',
};

export function LenderTypeTag({ type }: { type: LenderType }) {
  const { t } = useTranslation();
  return <Tag color={TYPE_COLORS[type]}>{t(`lenders.types.${type}`)}</Tag>;
}

const compact = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const CREATE = -1;

interface Option {
  value: number;
  label: string;
  type?: LenderType;
  alias?: string | null;
}

export interface LenderPickerProps {
  value?: number | null;
  onChange?: (id: number | null) => void;
  allowCreate?: boolean;
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
}

/**
 * Picks a lender by name, alias, full pinyin or initials (zsyh), searching the directory
 * as the counsellor types. With allowCreate, a name that is not there yet can be added on
 * the spot. Works as a Form.Item child (value / onChange carry the lender's id).
 */
export function LenderPicker({ value, onChange, allowCreate, placeholder, id, 'aria-label': ariaLabel }: LenderPickerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState<string | null>(null);
  const select = useRef<RefSelectProps>(null);
  // The small "new lender" dialog is removed as it closes, before it could hand the focus
  // back: the picker takes it, so a keyboard user carries on where they were.
  const wasCreating = useRef(false);
  useEffect(() => {
    if (wasCreating.current && creating === null) select.current?.focus();
    wasCreating.current = creating !== null;
  }, [creating]);
  // Names of lenders seen in suggestions, so the chosen one shows without another call.
  const known = useRef(new Map<number, { name: string; type: LenderType }>());

  const query = useDebounced(search.trim(), 200);
  const suggestions = useLenderSuggestions(query, open);
  for (const s of suggestions.data ?? []) known.current.set(s.id, { name: s.name, type: s.type });
  const current = useLender(value, !!value && !known.current.has(value));
  if (current.data) known.current.set(current.data.id, { name: current.data.name, type: current.data.type });

  const typed = search.trim();
  // Suggestions are listed only once they answer what is typed now: the list for an older
  // search would be replaced under the pointer a moment later, and a click on it could land
  // on another lender or on nothing.
  const settled = query === typed && !suggestions.isPlaceholderData && suggestions.data !== undefined;
  const items = settled ? suggestions.data : [];
  const options: Option[] = items.map((s) => ({ value: s.id, label: s.name, type: s.type, alias: s.matchedAlias }));
  const exact = items.some((s) => compact(s.name) === compact(typed) || (s.matchedAlias !== null && compact(s.matchedAlias) === compact(typed)));
  // Pinyin typed to find a lender is not a name to create, unless nothing was found.
  const lookingUp = /^[a-z0-9\s']+$/i.test(typed) && items.length > 0;
  if (allowCreate && typed && !exact && !lookingUp && settled && !suggestions.isFetching) {
    options.push({ value: CREATE, label: t('lenders.picker.create', { name: typed }) });
  }

  const pick = (id: number | null) => {
    if (id === CREATE) {
      setCreating(typed);
      setOpen(false);
      return;
    }
    onChange?.(id ?? null);
    setSearch('');
  };

  return (
    <>
      <Select<number | null, Option>
        ref={select}
        id={id}
        aria-label={ariaLabel}
        value={value ?? null}
        placeholder={placeholder ?? t('lenders.picker.placeholder')}
        allowClear
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (!o) setSearch('');
        }}
        showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch, autoClearSearchValue: true }}
        options={options}
        onChange={(v) => pick(v ?? null)}
        labelRender={({ value: v }) => known.current.get(Number(v))?.name ?? (current.isPending ? t('common.loading') : String(v ?? ''))}
        notFoundContent={settled ? t('lenders.picker.noMatch') : <Spin size="small" />}
        optionRender={({ data }) =>
          data.value === CREATE ? (
            <Space>
              <PlusOutlined />
              {data.label}
            </Space>
          ) : (
            <Space size={4} wrap>
              <span>{data.label}</span>
              {data.type && <LenderTypeTag type={data.type} />}
              {data.alias && <Typography.Text type="secondary">{t('lenders.picker.alias', { alias: data.alias })}</Typography.Text>}
            </Space>
          )
        }
        style={{ width: '100%' }}
      />
      {creating !== null && (
        <CreateLenderModal
          name={creating}
          onClose={() => setCreating(null)}
          onCreated={(lender) => {
            known.current.set(lender.id, { name: lender.name, type: lender.type });
            setCreating(null);
            pick(lender.id);
          }}
        />
      )}
    </>
  );
}

interface CreateValues {
  name: string;
  type: LenderType;
}

/** The small form for a lender created while entering a debt: its name and type; the rest can wait. */
function CreateLenderModal({
  name,
  onClose,
  onCreated,
}: {
  name: string;
  onClose: () => void;
  onCreated: (lender: { id: number; name: string; type: LenderType }) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateLender();
  const region = useLenderRegion();
  const typeOptions = useLenderTypeOptions();

  // No <form> element: this modal often opens inside another form (the debt form), and a
  // submit would reach that one too.
  const submit = async () => {
    let values: CreateValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      const lender = await create.mutateAsync(values);
      void message.success(t('lenders.created', { name: lender.name }));
      onCreated(lender);
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <Modal
      open
      title={t('lenders.picker.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<CreateValues> form={form} component={false} layout="vertical" initialValues={{ name, type: guessLenderType(name, region) }}>
        <Form.Item name="name" label={t('lenders.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input autoFocus maxLength={100} onPressEnter={() => void submit()} />
        </Form.Item>
        <Form.Item name="type" label={t('lenders.fields.type')}>
          <Select options={typeOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
