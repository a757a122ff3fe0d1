import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract';

export type Handler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };
/** The handlers one capability contributes. */
export type HandlerPart<C extends Channel> = { [K in C]: Handler<K> };
