import type { DatabaseClient } from '../../db/client.js';
import { LeagueEventBus } from '../../modules/events/bus.js';
import { fixtureService } from '../../modules/fixtures/service.js';
import { matchService } from '../../modules/matches/service.js';
import { playerService } from '../../modules/players/service.js';
import { registrationService } from '../../modules/registrations/service.js';
import { resultService } from '../../modules/results/service.js';
import { seasonService } from '../../modules/seasons/service.js';
import { teamService } from '../../modules/teams/service.js';
import type { Actor } from '../../plugins/auth.js';
import { DEMO_CLUBS, type DemoPlayer, demoPlayers, PLAYERS_PER_CLUB } from './people.js';
import { Random } from './random.js';
import { type GameRules, playMatch } from './scores.js';

export const DEMO_SEASON_NAME = 'Giải Bóng Bàn Hà Nội 2026';
export const DEMO_SEED = 2026;

/** Rounds played to the end; the next one is under way, the rest are still to come. */
const COMPLETED_ROUNDS = 4;

export class DemoRefused extends Error {}

export interface DemoOptions {
  /** Play a new demo season even though one exists (the previous one is finished, clubs and players reused). */
  force?: boolean;
  seed?: number;
  log?: (line: string) => void;
}

export interface DemoSummary {
  seasonId: string;
  seasonName: string;
  teams: number;
  players: number;
  fixtures: number;
  results: number;
  completedRounds: number[];
}

type Roster = Array<DemoPlayer & { player_id: string }>;

/**
 * Fills a living league through the same services the API calls, so every rule, lock, point log, audit row
 * and event of a real season is there. The actor is the system (no user account is created for it).
 */
export async function fillDemoLeague(
  database: DatabaseClient,
  options: DemoOptions = {},
): Promise<DemoSummary> {
  const { db, sql } = database;
  const log = options.log ?? (() => {});
  const random = new Random(options.seed ?? DEMO_SEED);
  // The running server (if any) shares the database and learns of these writes through NOTIFY.
  const bus = new LeagueEventBus(sql);
  const actor: Actor = { userId: null, requestId: 'demo-data' };
  const seasons = seasonService(db);
  const teams = teamService(db);
  const players = playerService(db);
  const registrations = registrationService(db);
  const fixtures = fixtureService(db, bus);
  const matches = matchService(db, bus);
  const results = resultService(db, bus);

  const previous = (await seasons.list({ year: 2026 }, 200, 0)).rows.filter(
    (s) => s.name === DEMO_SEASON_NAME,
  );
  if (previous.length > 0 && !options.force) {
    throw new DemoRefused(
      `Demo data already exists (season "${DEMO_SEASON_NAME}", ${previous[0]!.id}). ` +
        'Run `npm run demo -- --force` to play a new demo season with the same clubs and players.',
    );
  }
  const [active] = (await seasons.list({ status: 'ACTIVE' }, 1, 0)).rows;
  if (active && active.name !== DEMO_SEASON_NAME) {
    throw new DemoRefused(
      `Season "${active.name}" is ACTIVE and only one season can be; the demo leaves real seasons alone. ` +
        'Use an empty DATA_DIR (e.g. `DATA_DIR=./demo-data npm run demo`) to try the demo.',
    );
  }
  if (active)
    await seasons.finish(actor, active.id, { force: true, reason: 'Replaced by a new demo season' });

  const season = await seasons.create(actor, {
    name: DEMO_SEASON_NAME,
    year: 2026,
    start_date: '2026-03-07',
    end_date: '2026-06-27',
  });
  log(`season "${season.name}" created`);

  // A new demo season reuses the clubs (team names are unique) and the players of earlier demo seasons.
  const known = new Map<string, string>();
  for (const earlier of previous) {
    for (const row of (await registrations.list(earlier.id, {}, 200, 0)).rows)
      known.set(row.player_name, row.player_id);
  }
  const clubs: Array<{ id: string; venue: string }> = [];
  for (const club of DEMO_CLUBS) {
    const existing = (await teams.list(club.name, 10, 0)).rows.find(
      (team) => team.name.toLowerCase() === club.name.toLowerCase(),
    );
    const team = existing ?? (await teams.create(actor, { name: club.name, short_name: club.short_name }));
    await seasons.enterTeam(actor, season.id, team.id);
    clubs.push({ id: team.id, venue: club.venue });
  }

  const rosters = new Map<string, Roster>();
  const pool = demoPlayers(random);
  for (const [index, club] of clubs.entries()) {
    const roster: Roster = [];
    for (const [order, person] of pool
      .slice(index * PLAYERS_PER_CLUB, (index + 1) * PLAYERS_PER_CLUB)
      .entries()) {
      const player_id =
        known.get(person.full_name) ??
        (
          await players.create(actor, {
            full_name: person.full_name,
            gender: person.gender,
            birth_year: person.birth_year,
          })
        ).id;
      await registrations.register(actor, season.id, {
        player_id,
        team_id: club.id,
        rank_id: person.rank_id,
        rating: person.rating,
        display_order: order + 1,
      });
      roster.push({ ...person, player_id });
    }
    rosters.set(club.id, roster);
  }
  // Registry writes publish nothing of their own (the API's onSend hook does that for HTTP writes).
  bus.publish({ type: 'league_changed', season_id: season.id });
  log(`${clubs.length} clubs and ${pool.length} players registered`);

  const schedule = await fixtures.generate(actor, season.id, {
    start_date: '2026-03-07',
    days_between_rounds: 7,
  });
  await seasons.start(actor, season.id);
  const venues = new Map(clubs.map((club) => [club.id, club.venue]));
  for (const fixture of schedule) {
    await fixtures.update({ ...actor, role: 'ADMIN' }, fixture.id, {
      venue: venues.get(fixture.home_team_id),
    });
  }
  log(`${schedule.length} fixtures over ${Math.max(...schedule.map((f) => f.round))} rounds scheduled`);

  const rules = season.rules as GameRules;
  let recorded = 0;
  for (const fixture of schedule.filter((f) => f.round <= COMPLETED_ROUNDS + 1)) {
    const lineup = await lineUp(fixture, rosters, random, matches, actor);
    // The round after the completed ones is under way: some fixtures done, one half played, one not started.
    const position = schedule.filter((f) => f.round === fixture.round).indexOf(fixture);
    const toPlay = fixture.round <= COMPLETED_ROUNDS ? lineup.length : ([5, 5, 3, 0][position] ?? 0);
    for (const match of lineup.slice(0, toPlay)) {
      await results.record(actor, match.id, playMatch(random, rules, match.homeRating, match.guestRating));
      recorded++;
    }
  }
  log(`${recorded} results recorded`);
  bus.publish({ type: 'league_changed', season_id: season.id });
  await bus.stop();

  return {
    seasonId: season.id,
    seasonName: season.name,
    teams: clubs.length,
    players: pool.length,
    fixtures: schedule.length,
    results: recorded,
    completedRounds: Array.from({ length: COMPLETED_ROUNDS }, (_, i) => i + 1),
  };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The usual amateur team format: four singles and one doubles (orders 1 2 [D] 4 5). Captains field four
 * of their six players in singles; any two may pair up in the doubles.
 */
async function lineUp(
  fixture: { id: string; home_team_id: string; guest_team_id: string },
  rosters: Map<string, Roster>,
  random: Random,
  matches: ReturnType<typeof matchService>,
  actor: Actor,
) {
  const home = random.shuffle(rosters.get(fixture.home_team_id)!);
  const guest = random.shuffle(rosters.get(fixture.guest_team_id)!);
  const pairs = [
    { order: 1, home: [home[0]!], guest: [guest[0]!] },
    { order: 2, home: [home[1]!], guest: [guest[1]!] },
    { order: 3, home: random.shuffle(home).slice(0, 2), guest: random.shuffle(guest).slice(0, 2) },
    { order: 4, home: [home[2]!], guest: [guest[2]!] },
    { order: 5, home: [home[3]!], guest: [guest[3]!] },
  ];
  const lineup = [];
  for (const pair of pairs) {
    const doubles = pair.home.length === 2;
    const match = await matches.create(actor, {
      fixture_id: fixture.id,
      match_order: pair.order,
      match_type: doubles ? 'DOUBLE' : 'SINGLE',
      home_player1_id: pair.home[0]!.player_id,
      guest_player1_id: pair.guest[0]!.player_id,
      ...(doubles
        ? { home_player2_id: pair.home[1]!.player_id, guest_player2_id: pair.guest[1]!.player_id }
        : {}),
    });
    lineup.push({
      id: match.id,
      homeRating: mean(pair.home.map((p) => p.rating)),
      guestRating: mean(pair.guest.map((p) => p.rating)),
    });
  }
  return lineup;
}
