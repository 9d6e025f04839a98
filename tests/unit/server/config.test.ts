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

  it('refuses a limit that is not a whole number above zero, naming it', () => {
    expect(() => parseConfig({ JOINS_PER_SECOND_PER_ROOM: '0' }, '/srv')).toThrow(/JOINS_PER_SECOND_PER_ROOM/);
    expect(() => parseConfig({ JOIN_BURST_PER_ROOM: 'lots' }, '/srv')).toThrow(/JOIN_BURST_PER_ROOM/);
  });
});
