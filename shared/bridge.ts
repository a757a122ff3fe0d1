import type { Channel, ChannelInput, ChannelOutput } from './contract';
import type { Envelope } from './errors';

/**
 * What the preload (and the test harness bridge) put on window.parley. Type-only: the
 * renderer declares `window.parley: ParleyBridge` itself.
 */
export interface ParleyBridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  readonly channels: readonly Channel[];
}
