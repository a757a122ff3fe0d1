import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from './client';

/** The text to show for a failed call: the main process has already translated it. */
export function errorText(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) return err.code === 'NETWORK' || !err.message ? t('errors.network') : err.message;
  return t('errors.INTERNAL');
}

/** Puts the main process's field messages under the matching form fields; returns whether any matched. */
export function applyFieldErrors(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const fields = Object.entries(err.fields)
    .map(([path, message]) => ({ name: path.replace(/^patch\./, ''), errors: [message] }))
    .filter((f) => known.has(f.name));
  form.setFields(fields);
  return fields.length > 0;
}
