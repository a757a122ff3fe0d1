import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from './useDebounced';

/** What a paged, sortable, searchable list asks the main process for. */
export interface PagedParams<S extends string> {
  page: number;
  pageSize: number;
  sort: S;
  order: 'asc' | 'desc';
  q?: string;
}

/** Where a list page keeps its parameters between visits (a module-level object), so coming back finds the list as it was left. */
export interface ListMemory<P> {
  current: P;
}

/**
 * The state of a list page's table: page, size, sort and order from the table, the search box
 * (sent 200 ms after the last keystroke, back to page 1), filters (back to page 1), and the
 * table's pagination. Unsorted, the list falls back to `defaults`.
 */
export function usePagedList<P extends PagedParams<string>>(memory: ListMemory<P>, defaults: Pick<P, 'sort' | 'order'>) {
  const { t } = useTranslation();
  const [params, setParams] = useState<P>(memory.current);
  const [search, setSearch] = useState(params.q ?? '');
  const q = useDebounced(search.trim(), 200);

  useEffect(() => {
    memory.current = params;
  }, [memory, params]);

  useEffect(() => {
    const next = q || undefined;
    setParams((p) => (p.q === next ? p : { ...p, q: next, page: 1 }));
  }, [q]);

  /** Sets a filter; the list starts again at its first page. */
  const filter = (patch: Partial<P>) => setParams((p) => ({ ...p, ...patch, page: 1 }));

  const sortOrder = (key: P['sort']) => (params.sort === key ? (params.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null);

  const onTableChange = <R>(pagination: TablePaginationConfig, _filters: unknown, sorter: SorterResult<R> | SorterResult<R>[]) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    setParams((p) => ({
      ...p,
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? p.pageSize,
      sort: s?.order ? (s.columnKey as P['sort']) : defaults.sort,
      order: s?.order ? (s.order === 'ascend' ? 'asc' : 'desc') : defaults.order,
    }));
  };

  const pagination = (total: number): TablePaginationConfig => ({
    current: params.page,
    pageSize: params.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [20, 50, 100],
    showTotal: (count) => t('common.total', { count }),
  });

  return { params, filter, search, setSearch, sortOrder, onTableChange, pagination };
}
