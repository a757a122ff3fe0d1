import type { Channel } from '../../../shared/contract';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import type { HandlerPart } from '../handler-types';

// PLACEHOLDER while this capability is being built in this session: every call fails.
const pending = (): never => {
  throw new AppError('INTERNAL');
};

export function debtsHandlers(_ctx: HandlerContext): HandlerPart<Extract<Channel, `debts.${string}`>> {
  return {
    'debts.list': pending,
    'debts.get': pending,
    'debts.create': pending,
    'debts.update': pending,
    'debts.delete': pending,
  };
}
