import { expect } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import {
  enterTeam,
  newFixture,
  newMatch,
  newPlayer,
  newSeason,
  newTeam,
  type PlayerSeasonData,
  recordResult,
  registerPlayer,
} from '../helpers/factories.js';

export interface League {
  seasonId: string;
  teams: { hanoi: string; saigon: string; danang: string };
  players: Record<string, PlayerSeasonData & { name: string }>;
  fixtureId: string;
  openMatchId: string;
}

/** A small league with readable names, through the API, the way an organiser would set it up. */
export async function seedLeague(t: TestApp): Promise<League> {
  const season = await newSeason(t, { name: 'Spring League 2026', start: true });
  const hanoi = await newTeam(t, { name: 'Hanoi Smashers', short_name: 'HAN' });
  const saigon = await newTeam(t, { name: 'Saigon Spinners', short_name: 'SGN' });
  const danang = await newTeam(t, { name: 'Da Nang Loopers', short_name: 'DAN' });
  for (const team of [hanoi, saigon, danang]) await enterTeam(t, season.id, team.id);

  const roster: [string, string, string, number][] = [
    ['Nguyễn Văn An', hanoi.id, 'A3', 320],
    ['Trần Thị Bình', saigon.id, 'B1', 250],
    ['Lê Minh Châu', danang.id, 'B1', 250],
    ['Phạm Quốc Dũng', hanoi.id, 'B2', 180],
    ['Hoàng Mai', saigon.id, 'C1', 90],
    ['Võ Thành Long', danang.id, 'C2', 40],
  ];
  const players: League['players'] = {};
  for (const [name, teamId, rank, points] of roster) {
    const player = await newPlayer(t, { full_name: name });
    const entry = await registerPlayer(t, season.id, {
      player_id: player.id,
      team_id: teamId,
      rank_id: rank,
      opening_points: points,
    });
    players[name] = { ...entry, name };
  }

  const fixture = await newFixture(t, {
    season_id: season.id,
    round: 1,
    home_team_id: hanoi.id,
    guest_team_id: saigon.id,
    venue: 'Hanoi Sports Hall',
    scheduled_at: '2026-03-07T09:00:00Z',
  });
  const an = players['Nguyễn Văn An']!;
  const binh = players['Trần Thị Bình']!;
  const dung = players['Phạm Quốc Dũng']!;
  const mai = players['Hoàng Mai']!;
  const open = await newMatch(t, fixture.id, 1, [an.player_id], [binh.player_id]);
  const played = await newMatch(t, fixture.id, 2, [dung.player_id], [mai.player_id]);
  const result = await recordResult(t, played.id, [11, 11, 11], [7, 9, 5]);
  expect(result.statusCode, result.body).toBe(200);
  await newFixture(t, {
    season_id: season.id,
    round: 2,
    home_team_id: saigon.id,
    guest_team_id: danang.id,
    venue: 'Saigon Table Tennis Club',
    scheduled_at: '2026-03-14T09:00:00Z',
  });

  return {
    seasonId: season.id,
    teams: { hanoi: hanoi.id, saigon: saigon.id, danang: danang.id },
    players,
    fixtureId: fixture.id,
    openMatchId: open.id,
  };
}
