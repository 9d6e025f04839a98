import { describe, expect, it } from 'vitest';
import { mergeSocketData } from '../../server/cluster/proxy-socket';
import { roomsOfSocket, routeKey } from '../../server/cluster/route-key';

describe('routeKey: which room an event belongs to', () => {
  it('takes the code of live and board events, normalised as the schemas do', () => {
    expect(routeKey('answer:submit', { code: ' abc123 ', questionIndex: 0 })).toBe('ABC123');
    expect(routeKey('board:update', { code: 'abcd-efgh', diagramId: 'house-apartment' })).toBe('ABCDEFGH');
    expect(routeKey('host:attach', { code: 'QWERTY' })).toBe('QWERTY');
  });

  it('leaves on the receiving node what is not a room event or not a room code (its handlers refuse it)', () => {
    expect(routeKey('board:awareness', { code: 'ABC123' })).toBeUndefined();
    expect(routeKey('cohort:member', { cohortId: 'x' })).toBeUndefined();
    expect(routeKey('answer:submit', { code: 'ABC12' })).toBeUndefined();
    expect(routeKey('answer:submit', { code: 42 })).toBeUndefined();
    expect(routeKey('answer:submit', null)).toBeUndefined();
    expect(routeKey('answer:submit', { code: 'A'.repeat(1000) })).toBeUndefined();
  });
});

describe('roomsOfSocket', () => {
  it('lists the sessions a socket hosts or plays and the rooms of the boards it joined', () => {
    const rooms = roomsOfSocket({ hostOf: { AAA111: 'en' }, playerOf: { BBB222: 'p1' } }, ['socket-id', 'board:CCCC3333:house-apartment', 'player:BBB222:p1']);
    expect([...rooms].sort()).toEqual(['AAA111', 'BBB222', 'CCCC3333']);
  });
});

describe('mergeSocketData: what a relayed event changed, applied to the real socket', () => {
  it('applies only the entries the owner changed, so two events relayed at once do not undo each other', () => {
    const real = { hostOf: {}, playerOf: { AAA111: 'p1', BBB222: 'p2' }, cohortOf: {} };
    const before = { hostOf: {}, playerOf: { AAA111: 'p1' }, cohortOf: {} };
    const after = { hostOf: { CCC333: 'pt' as const }, playerOf: { AAA111: 'p9' }, cohortOf: {} };
    mergeSocketData(real, before, after);
    expect(real).toEqual({ hostOf: { CCC333: 'pt' }, playerOf: { AAA111: 'p9', BBB222: 'p2' }, cohortOf: {} });
  });

  it('removes what the owner removed', () => {
    const real = { hostOf: { AAA111: 'en' as const }, playerOf: {}, cohortOf: {} };
    mergeSocketData(real, { hostOf: { AAA111: 'en' }, playerOf: {}, cohortOf: {} }, { hostOf: {}, playerOf: {}, cohortOf: {} });
    expect(real.hostOf).toEqual({});
  });
});
