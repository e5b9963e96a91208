import type { Database, Executor } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { findPlayer, type PlayerRow, updatePlayer } from '../players/repository.js';
import { findTeam, lockTeam, type TeamRow, updateTeam } from '../teams/repository.js';
import { toWebp } from './image.js';
import type { UploadStorage } from './storage.js';

/** How to load (optionally locked) and point one kind of entity at a new image. */
interface ImageTarget<Row> {
  entity: string;
  action: string;
  load(db: Executor, id: string, lock: boolean): Promise<Row | undefined>;
  point(db: Executor, id: string, url: string): Promise<Row | undefined>;
  urlOf(row: Row): string | null;
  notFound(id: string): Error;
}

const playerAvatar: ImageTarget<PlayerRow> = {
  entity: 'player',
  action: 'player.avatar_upload',
  load: (db, id, lock) => findPlayer(db, id, lock),
  point: (db, id, url) => updatePlayer(db, id, { avatar_url: url }),
  urlOf: (row) => row.avatar_url,
  notFound: errors.playerNotFound,
};

const teamLogo: ImageTarget<TeamRow> = {
  entity: 'team',
  action: 'team.logo_upload',
  load: (db, id, lock) => (lock ? lockTeam(db, id) : findTeam(db, id)),
  point: (db, id, url) => updateTeam(db, id, { logo_url: url }),
  urlOf: (row) => row.logo_url,
  notFound: errors.teamNotFound,
};

export function uploadService(db: Database, storage: UploadStorage) {
  /**
   * The entity is checked before the body is read (no work for a wrong id); the new file is written
   * before the transaction and removed if it fails; the old file goes only after the commit, so a row
   * never points at a missing file.
   */
  async function replaceImage<Row>(
    target: ImageTarget<Row>,
    actor: Actor,
    id: string,
    readFile: () => Promise<Buffer>,
  ): Promise<Row> {
    if (!(await target.load(db, id, false))) throw target.notFound(id);
    const webp = await toWebp(await readFile());
    const stored = await storage.save(webp);
    let previousUrl: string | null;
    let row: Row;
    try {
      ({ previousUrl, row } = await inTransaction(db, async (tx) => {
        const before = await target.load(tx, id, true);
        if (!before) throw target.notFound(id);
        const after = (await target.point(tx, id, stored.url))!;
        await recordAudit(tx, actor, {
          action: target.action,
          entity: target.entity,
          entityId: id,
          before,
          after: { ...after, image_bytes: webp.length },
        });
        return { previousUrl: target.urlOf(before), row: after };
      }));
    } catch (error) {
      await storage.removeByUrl(stored.url);
      throw error;
    }
    if (previousUrl !== stored.url) await storage.removeByUrl(previousUrl);
    return row;
  }

  return {
    setPlayerAvatar: (actor: Actor, playerId: string, readFile: () => Promise<Buffer>) =>
      replaceImage(playerAvatar, actor, playerId, readFile),
    setTeamLogo: (actor: Actor, teamId: string, readFile: () => Promise<Buffer>) =>
      replaceImage(teamLogo, actor, teamId, readFile),
  };
}

export type UploadService = ReturnType<typeof uploadService>;
