import { SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../hooks/useDebounced';
import type { SearchHit } from '../../../shared/schemas/search';
import { useSearch } from '../api/search';
import { AppPath, navigate, paths } from '../router';
import { DemoTag } from '../demo/DemoTag';
import { useShownName } from '../demo/useShownName';

const KIND_COLORS: Record<SearchHit['kind'], string> = { client: 'blue', lender: 'geekblue', debt: 'gold', contact: 'cyan', letter: 'purple' };

function hitPath(hit: SearchHit): AppPath {
  if (hit.kind === 'lender') return paths.lender(hit.id);
  if (hit.kind === 'client') return paths.client(hit.id);
  // A debt, contact or letter always names its client; the list is the fallback.
  if (hit.clientId === null) return paths.clients();
  if (hit.kind === 'debt') return paths.client(hit.clientId, 'debts');
  if (hit.kind === 'contact') return paths.client(hit.clientId, 'timeline');
  return paths.client(hit.clientId, 'letters');
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Ctrl+K (⌘K on macOS) from anywhere: clients, lenders, account numbers, notes, the contact log and letters. */
export function QuickSearch() {
  const { t } = useTranslation();
  const shown = useShownName();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const q = useDebounced(text.trim(), 120, { leading: true });

  const results = useSearch(q, open);
  const hits = q ? (results.data?.items ?? []) : [];

  const close = () => {
    setOpen(false);
    setText('');
    setActive(0);
  };
  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    navigate(hitPath(hit));
  };

  return (
    <>
      <Button icon={<SearchOutlined />} onClick={() => setOpen(true)} title={t('search.shortcut')}>
        {t('search.open')} <Typography.Text type="secondary" keyboard>{isMac ? '⌘K' : 'Ctrl+K'}</Typography.Text>
      </Button>
      <Modal open={open} onCancel={close} footer={null} title={t('search.shortcut')} destroyOnHidden width={640}>
        <Input
          autoFocus
          size="large"
          prefix={<SearchOutlined />}
          placeholder={t('search.placeholder')}
          aria-label={t('search.shortcut')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter') go(hits[active]);
            else return;
            e.preventDefault();
          }}
        />
        <div role="listbox" aria-label={t('search.shortcut')} style={{ marginTop: 12, maxHeight: 420, overflowY: 'auto' }}>
          {!q ? (
            <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>
          ) : hits.length === 0 && !results.isFetching ? (
            <Empty description={t('search.empty')} />
          ) : (
            <List
              dataSource={hits}
              renderItem={(hit, i) => (
                <List.Item
                  role="option"
                  aria-selected={i === active}
                  onClick={() => go(hit)}
                  onMouseEnter={() => setActive(i)}
                  style={{ cursor: 'pointer', padding: '8px 12px', background: i === active ? '#e3f0f1' : undefined, borderRadius: 6 }}
                >
                  <Space>
                    <Tag color={KIND_COLORS[hit.kind]}>{t(`search.kinds.${hit.kind}`)}</Tag>
                    <Typography.Text strong>{shown(hit.title)}</Typography.Text>
                    {hit.demo && <DemoTag />}
                  </Space>
                  <Typography.Text type="secondary">{[hit.date, hit.subtitle].filter(Boolean).join(' · ')}</Typography.Text>
                </List.Item>
              )}
            />
          )}
        </div>
      </Modal>
    </>
  );
}
