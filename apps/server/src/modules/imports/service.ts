import { randomUUID } from 'node:crypto';
import { defaultRating } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { findSeason } from '../seasons/repository.js';
import { readPlayerFile } from './parse.js';
import * as repo from './repository.js';
import { checkRow, teamKey } from './validate.js';

const LISTED_ROWS = 500;

export function importService(db: Database) {
  async function view(id: string) {
    const batch = await repo.findImport(db, id);
    if (!batch) throw errors.notFound(`No import ${id}`);
    const [invalid, sample] = await Promise.all([
      repo.stagedRows(db, id, 'invalid', LISTED_ROWS),
      repo.stagedRows(db, id, 'valid', 20),
    ]);
    const row = (r: (typeof invalid)[number]) => ({
      row_number: r.row_number,
      full_name: r.full_name,
      birth_year: r.birth_year,
      gender: r.gender,
      phone: r.phone,
      cccd: r.cccd,
      team: r.team_name,
      rank: r.rank_id,
      opening_points: r.opening_points,
      problems: r.problems as Array<{ field: string; code: string; message: string }>,
    });
    return {
      id: batch.id,
      status: batch.status as 'STAGED' | 'COMMITTED',
      file_name: batch.file_name,
      season_id: batch.season_id,
      total_rows: batch.total_rows,
      valid_rows: batch.valid_rows,
      invalid_rows: batch.invalid_rows,
      committed_rows: batch.committed_rows,
      created_at: batch.created_at,
      committed_at: batch.committed_at,
      errors: invalid.map(row),
      sample: sample.map(row),
    };
  }

  return {
    view,

    /** Parses and checks the file and stages its rows; nothing but the staging tables changes. */
    async stage(actor: Actor, file: Buffer, fileName: string | null) {
      const rows = await readPlayerFile(file);
      if (rows.length === 0) throw errors.invalidInput('The file has a header but no rows');
      const cccds = [...new Set(rows.map((r) => r.cccd).filter((c): c is string => Boolean(c)))];
      const { teamRows, rankRows, existing } = await repo.lookups(db, cccds);
      const context = {
        teams: new Set(teamRows.map((t) => teamKey(t.name))),
        ranks: new Set(rankRows.map((r) => r.id)),
        existingCccd: new Set(existing),
      };
      const seen = new Set<string>();
      const checked = rows.map((row) => checkRow(row, context, seen));
      const invalid = checked.filter((row) => row.problems.length > 0).length;
      const id = await inTransaction(db, async (tx) => {
        const batch = await repo.insertImport(tx, {
          id: randomUUID(),
          file_name: fileName?.slice(0, 200) ?? null,
          total_rows: checked.length,
          valid_rows: checked.length - invalid,
          invalid_rows: invalid,
          created_by: actor.userId,
        });
        await repo.insertStagedRows(tx, batch.id, actor.userId, checked);
        return batch.id;
      });
      return view(id);
    },

    /** Creates and registers every valid row in one transaction, or changes nothing. */
    async commit(actor: Actor, id: string, seasonId: string) {
      await inTransaction(db, async (tx) => {
        const batch = await repo.findImport(tx, id, true);
        if (!batch) throw errors.notFound(`No import ${id}`);
        if (batch.status !== 'STAGED') {
          throw errors.conflict('This import was already committed', { season_id: batch.season_id });
        }
        const season = await findSeason(tx, seasonId);
        if (!season) throw errors.seasonNotFound(seasonId);
        if (season.status === 'FINISHED') throw errors.seasonNotActive(seasonId, season.status);
        const staged = await repo.stagedRows(tx, id, 'valid', Number.MAX_SAFE_INTEGER);
        if (staged.length === 0) throw errors.invalidInput('The import has no valid rows to commit');
        const seasonTeams = new Map(
          (await repo.seasonTeamIds(tx, seasonId)).map((t) => [teamKey(t.name), t.id]),
        );
        const outside = staged.filter((row) => !seasonTeams.has(teamKey(row.team_name ?? '')));
        if (outside.length > 0) {
          throw errors.invalidInput('Some rows name a team that is not entered in this season', {
            rows: outside.slice(0, 50).map((row) => ({ row_number: row.row_number, team: row.team_name })),
            teams: [...new Set(outside.map((row) => row.team_name))],
          });
        }
        const { rankRows } = await repo.lookups(tx, []);
        const ratings = new Map(rankRows.map((rank) => [rank.id, defaultRating(rank)]));
        const rows = staged.map((row) => ({
          staging_id: row.id,
          player_id: randomUUID(),
          player_season_id: randomUUID(),
          full_name: row.full_name!,
          birth_year: row.birth_year,
          gender: row.gender,
          phone: row.phone,
          cccd: row.cccd,
          team_id: seasonTeams.get(teamKey(row.team_name!))!,
          rank_id: row.rank_id!,
          rating: ratings.get(row.rank_id!)!,
          opening_points: row.opening_points ?? 0,
        }));
        await repo.createAndRegister(tx, seasonId, actor.userId, rows);
        await repo.markCommitted(tx, id, seasonId, rows.length);
        await recordAudit(tx, actor, {
          action: 'player_import.commit',
          entity: 'player_import',
          entityId: id,
          after: { season_id: seasonId, players: rows.length, file_name: batch.file_name },
        });
      });
      return view(id);
    },
  };
}

export type ImportService = ReturnType<typeof importService>;
