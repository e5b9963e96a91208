import { describe, expect, it } from 'vitest';
import { parseLiveEvent, staleQueriesFor } from './live-events';

describe('staleQueriesFor', () => {
  it('a recorded result refreshes the tables, the fixture list, that fixture and that match', () => {
    expect(staleQueriesFor('result_recorded', 's1', { fixture_id: 'f1', match_id: 'm1' })).toEqual([
      ['seasons', 's1', 'leaderboard'],
      ['players'],
      ['point-logs'],
      ['seasons', 's1', 'standings'],
      ['seasons', 's1', 'fixtures'],
      ['fixtures', 'f1'],
      ['matches', 'm1'],
    ]);
  });

  it('without ids, a voided result refreshes every fixture and match', () => {
    const keys = staleQueriesFor('result_voided', 's1');
    expect(keys).toContainEqual(['fixtures']);
    expect(keys).toContainEqual(['matches']);
  });

  it('a points adjustment touches players only, not standings or fixtures', () => {
    const keys = staleQueriesFor('points_adjusted', 's1');
    expect(keys).toContainEqual(['seasons', 's1', 'leaderboard']);
    expect(keys).not.toContainEqual(['seasons', 's1', 'standings']);
    expect(keys).not.toContainEqual(['seasons', 's1', 'fixtures']);
  });

  it('a finalized round refreshes standings and fixtures', () => {
    const keys = staleQueriesFor('round_finalized', 's1', { round: 3 });
    expect(keys).toContainEqual(['seasons', 's1', 'standings']);
    expect(keys).toContainEqual(['fixtures']);
    expect(keys).toContainEqual(['seasons', 's1', 'rounds']);
  });

  it('a new match in a line-up refreshes that fixture, the fixture list and standings, not the players', () => {
    expect(staleQueriesFor('fixture_updated', 's1', { fixture_id: 'f1', match_id: 'm9' })).toEqual([
      ['seasons', 's1', 'fixtures'],
      ['seasons', 's1', 'standings'],
      ['fixtures', 'f1'],
    ]);
  });

  it('locking or unlocking a round refreshes only the round statuses', () => {
    expect(staleQueriesFor('round_locked', 's1', { round: 2 })).toEqual([['seasons', 's1', 'rounds']]);
    expect(staleQueriesFor('round_unlocked', 's1', { round: 2 })).toEqual([['seasons', 's1', 'rounds']]);
  });
});

describe('parseLiveEvent', () => {
  it('reads the JSON data of an event and ignores anything else', () => {
    expect(parseLiveEvent('{"type":"result_recorded","fixture_id":"f1"}')).toEqual({
      type: 'result_recorded',
      fixture_id: 'f1',
    });
    expect(parseLiveEvent('nope')).toEqual({});
    expect(parseLiveEvent('42')).toEqual({});
    expect(parseLiveEvent(undefined)).toEqual({});
  });
});
