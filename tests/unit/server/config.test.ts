import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../server/config';

describe('server configuration', () => {
  it('keeps the default limits when none is set', () => {
    expect(parseConfig({}, '/srv').limits).toEqual({});
  });

  it('raises the join limits and the room size for a large event', () => {
    const config = parseConfig(
      { MAX_PLAYERS_PER_ROOM: '8000', JOIN_BURST_PER_ROOM: '2000', JOINS_PER_SECOND_PER_ROOM: '400', JOIN_BURST_PER_ADDRESS: '1000', JOINS_PER_SECOND_PER_ADDRESS: '100' },
      '/srv',
    );
    expect(config.limits).toEqual({ maxPlayersPerRoom: 8000, joinsPerRoomBurst: 2000, joinsPerRoomPerSecond: 400, joinsPerAddressBurst: 1000, joinsPerAddressPerSecond: 100 });
  });

  it('takes a rate below one a second: 0.2 is one join every 5 s', () => {
    expect(parseConfig({ JOINS_PER_SECOND_PER_ROOM: '0.2', JOINS_PER_SECOND_PER_ADDRESS: '0.5' }, '/srv').limits).toEqual({ joinsPerRoomPerSecond: 0.2, joinsPerAddressPerSecond: 0.5 });
  });

  it('refuses a rate that is not above zero and a burst or room size that is not a whole number above zero, naming it', () => {
    expect(() => parseConfig({ JOINS_PER_SECOND_PER_ROOM: '0' }, '/srv')).toThrow(/JOINS_PER_SECOND_PER_ROOM/);
    expect(() => parseConfig({ JOINS_PER_SECOND_PER_ADDRESS: '-1' }, '/srv')).toThrow(/JOINS_PER_SECOND_PER_ADDRESS/);
    expect(() => parseConfig({ JOIN_BURST_PER_ROOM: 'lots' }, '/srv')).toThrow(/JOIN_BURST_PER_ROOM/);
    expect(() => parseConfig({ JOIN_BURST_PER_ROOM: '2.5' }, '/srv')).toThrow(/JOIN_BURST_PER_ROOM/);
    expect(() => parseConfig({ MAX_PLAYERS_PER_ROOM: '0' }, '/srv')).toThrow(/MAX_PLAYERS_PER_ROOM/);
  });
});
