import { bodyIssues, type Body, type FieldIssue } from '../../../shared/schemas/letters';
import { AppError } from '../errors';

// Merge fields in a template's or a letter's text must be known and closed.

/** The first unknown field (or stray braces) as a VALIDATION error naming the field and where it is. */
export function fieldIssueError(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  const key = first.problem === 'unknown' ? 'letters.errors.unknownField' : 'letters.errors.unclosedField';
  return new AppError('VALIDATION', key, { field: first.field, location: first.location, line: first.line, column: first.column, count: issues.length }, { [first.location]: key });
}

/** Refuses a title or body with an unknown merge field or stray braces. */
export function checkFields(title: string, body: Body): void {
  const issues = bodyIssues(title, body);
  if (issues.length) throw fieldIssueError(issues);
}
