import { describe, expect, it } from 'vitest';
import { CHANNELS, isChannel } from '../../../shared/channels';
import { contract } from '../../../shared/contract';

describe('contract', () => {
  it('lists exactly the channels of CHANNELS', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });

  it('names every channel noun.verb', () => {
    for (const c of CHANNELS) expect(c).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });

  it('gives every channel an input and an output schema', () => {
    for (const c of CHANNELS) {
      expect(typeof contract[c].input.safeParse, c).toBe('function');
      expect(typeof contract[c].output.safeParse, c).toBe('function');
    }
  });

  it('channels without input accept nothing or an empty object, and refuse extra keys', () => {
    expect(contract['app.info'].input.safeParse(undefined).success).toBe(true);
    expect(contract['app.info'].input.safeParse({}).success).toBe(true);
    expect(contract['app.info'].input.safeParse({ x: 1 }).success).toBe(false);
  });
});

describe('isChannel', () => {
  it('accepts the contract channels only', () => {
    for (const c of CHANNELS) expect(isChannel(c)).toBe(true);
    for (const c of ['clients.delete', '', 'toString', '__proto__', 'constructor', 'CLIENTS.LIST', ' clients.list', 42, null, undefined, {}, ['clients.list']]) {
      expect(isChannel(c), String(c)).toBe(false);
    }
  });
});
