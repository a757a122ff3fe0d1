import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { Envelope, ErrorCode } from '../../../shared/errors';

export interface ParleyBridge {
  invoke(channel: string, input?: unknown): Promise<Envelope<unknown>>;
  readonly channels: readonly string[];
}

declare global {
  interface Window {
    parley: ParleyBridge;
  }
}

/** A failed call, carrying the main process's translated message and field errors. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The renderer's only way to the main process. Throws ApiError when the envelope is not ok. */
export async function call<C extends Channel>(channel: C, ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]): Promise<ChannelOutput<C>> {
  let envelope: Envelope<unknown>;
  try {
    envelope = await window.parley.invoke(channel, input[0]);
  } catch {
    throw new ApiError('NETWORK', '');
  }
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.fields);
  return envelope.data as ChannelOutput<C>;
}
