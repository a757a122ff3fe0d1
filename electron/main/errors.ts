import type { ErrorCode } from '../../shared/errors';

/**
 * An expected failure a handler reports to the user. `messageKey` is an i18n key;
 * `fields` maps form fields to i18n keys. The dispatcher translates both.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = `errors.${code}`,
    readonly params: Record<string, string | number> = {},
    readonly fields: Record<string, string> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

/**
 * Saved data this version cannot read: a JSON column, setting or file that does not fit the
 * schema of what Parley writes there (damaged, or written by something else). The counsellor
 * reads a translated message; the log gets `where` and what did not fit.
 */
export class DamagedDataError extends AppError {
  constructor(
    readonly where: string,
    readonly detail: string,
  ) {
    super('INTERNAL', 'errors.damagedData');
    this.name = 'DamagedDataError';
    this.message = `${where} holds a value this version cannot read: ${detail}`;
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');

/** Input that parsed but does not fit the case: field -> i18n key. */
export const invalidFields = (fields: Record<string, string>): AppError => new AppError('VALIDATION', 'errors.VALIDATION', {}, fields);

/** Startup failure: the database was written by a newer Parley than this one. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of Parley (schema ${found}; this version understands up to ${supported}). ` +
        'Install the newer version to open it. The file has not been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Startup failure: the key does not open the database (wrong key, or not a Parley database). */
export class DatabaseKeyError extends Error {
  constructor(readonly file: string) {
    super(`The database at ${file} cannot be opened with this installation's key, or is not a Parley database. The file has not been changed.`);
    this.name = 'DatabaseKeyError';
  }
}
