import type { Channel } from '../../../shared/contract';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import type { HandlerPart } from '../handler-types';

// PLACEHOLDER while this capability is being built in this session: every call fails.
const pending = (): never => {
  throw new AppError('INTERNAL');
};

export function lendersHandlers(_ctx: HandlerContext): HandlerPart<Extract<Channel, `lenders.${string}`>> {
  return {
    'lenders.list': pending,
    'lenders.get': pending,
    'lenders.create': pending,
    'lenders.update': pending,
    'lenders.delete': pending,
    'lenders.merge': pending,
    'lenders.suggest': pending,
  };
}
