import type { Channel } from '../../../shared/contract';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import type { HandlerPart } from '../handler-types';

// PLACEHOLDER while this capability is being built in this session: every call fails.
const pending = (): never => {
  throw new AppError('INTERNAL');
};

export function statementsHandlers(_ctx: HandlerContext): HandlerPart<'statements.create' | 'statements.update' | 'statements.get' | 'statements.latest' | 'statements.list'> {
  return {
    'statements.create': pending,
    'statements.update': pending,
    'statements.get': pending,
    'statements.latest': pending,
    'statements.list': pending,
  };
}
