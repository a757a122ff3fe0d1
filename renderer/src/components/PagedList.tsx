import { Alert, Empty, Input, Table } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';
import type { usePagedList } from '../hooks/usePagedList';

// The parts the client and lender lists share around usePagedList: the search box, and the
// table with the list's error above it.

type PagedState = ReturnType<typeof usePagedList>;

/** The list's search box (its text is usePagedList's `search`). */
export function ListSearch({ placeholder, width, state }: { placeholder: string; width: number; state: Pick<PagedState, 'search' | 'setSearch'> }) {
  const { t } = useTranslation();
  return (
    <Input.Search
      aria-label={t('common.search')}
      placeholder={placeholder}
      allowClear
      value={state.search}
      onChange={(e) => state.setSearch(e.target.value)}
      style={{ width }}
    />
  );
}

interface PagedTableProps<T> {
  /** The list's query: one page of rows and how many there are in all. */
  list: { data?: { items: T[]; total: number }; isError: boolean; error: unknown; isFetching: boolean };
  columns: TableProps<T>['columns'];
  state: Pick<PagedState, 'onTableChange' | 'pagination'>;
  /** A double click on a row opens it. */
  onOpen: (row: T) => void;
  /** A row is pressed (the first half of a click or double click): a chance to start reading what opening it shows. */
  onPress?: (row: T) => void;
  /** What an empty page says (nothing yet, or nothing matches the search and filters). */
  emptyText: string;
}

/** One page of the list, sortable and paged through usePagedList; the list's error above it. */
export function PagedTable<T extends { id: number }>({ list, columns, state, onOpen, onPress, emptyText }: PagedTableProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <Table<T>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        onChange={state.onTableChange}
        onRow={(row) => ({ onDoubleClick: () => onOpen(row), onPointerDown: onPress && (() => onPress(row)), style: { cursor: 'pointer' } })}
        locale={{ emptyText: <Empty description={emptyText} /> }}
        pagination={state.pagination(list.data?.total ?? 0)}
      />
    </>
  );
}
