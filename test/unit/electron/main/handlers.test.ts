import { describe, expect, it } from 'vitest';
import { mergeHandlers } from '../../../../electron/main/handlers';
import { CHANNELS } from '../../../../shared/channels';
import { openTestCore, removeDir } from '../../helpers/core';

const stub = () => null;
const all = (): Record<string, () => null> => Object.fromEntries(CHANNELS.map((c) => [c, stub]));

describe('mergeHandlers', () => {
  it('joins parts that cover every channel once', () => {
    const [first, ...rest] = CHANNELS;
    const table = mergeHandlers([{ [first]: stub }, Object.fromEntries(rest.map((c) => [c, stub]))]);
    expect(Object.keys(table).sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses a channel registered twice', () => {
    expect(() => mergeHandlers([all(), { 'clients.list': stub }])).toThrow(/"clients\.list" is registered twice/);
  });

  it('refuses a contract channel nobody handles', () => {
    const part = all();
    delete part['clients.revealIdNumber'];
    expect(() => mergeHandlers([part])).toThrow(/without a handler: clients\.revealIdNumber/);
  });

  it('refuses a handler for a channel the contract does not have', () => {
    expect(() => mergeHandlers([all(), { 'clients.delete': stub }])).toThrow(/not in the contract: clients\.delete/);
  });

  it('the real handler table covers the contract', () => {
    const core = openTestCore();
    try {
      expect(Object.keys(core.handlers).sort()).toEqual([...CHANNELS].sort());
      for (const c of CHANNELS) expect(typeof core.handlers[c], c).toBe('function');
    } finally {
      core.close();
      removeDir(core.dir);
    }
  });
});
