import { zhCN } from './zh-CN';

/** Same shape as the source catalog, every leaf a string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Catalog = Shape<typeof zhCN>;
