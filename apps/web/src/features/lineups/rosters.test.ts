import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../lib/team-members-query';
import { activePlayers, keepPickable, rosterNames } from './rosters';

const member = (player_id: string, full_name: string, status = 'ACTIVE'): TeamMember => ({
  player_season_id: `ps-${player_id}`,
  player_id,
  full_name,
  rank_id: 'B1',
  status,
  display_order: 0,
  accumulated_points: 0,
  rating: 0,
  wins: 0,
  losses: 0,
  matches_played: 0,
  avatar_url: null,
});

describe('rosters', () => {
  it('names players from the rosters and from matches already in the line-up', () => {
    const names = rosterNames(
      [
        {
          home_player1_id: 'a',
          home_player1_name: 'Nguyễn Văn An',
          home_player2_id: null,
          home_player2_name: null,
          guest_player1_id: 'old',
          guest_player1_name: 'Transferred Player',
          guest_player2_id: null,
          guest_player2_name: null,
        },
      ],
      [member('b', 'Trần Thị Bình', 'INACTIVE')],
    );
    expect(Object.fromEntries(names)).toEqual({
      a: 'Nguyễn Văn An',
      old: 'Transferred Player',
      b: 'Trần Thị Bình',
    });
  });

  it('offers ACTIVE players only and forgets picks that are no longer offered', () => {
    const offered = activePlayers([member('a', 'An'), member('b', 'Bình', 'WITHDRAWN')]);
    expect(offered.map((player) => player.player_id)).toEqual(['a']);
    expect(keepPickable({ home1: 'a', home2: '', guest1: 'b', guest2: 'zzz' }, offered)).toEqual({
      home1: 'a',
      home2: '',
      guest1: '',
      guest2: '',
    });
  });
});
