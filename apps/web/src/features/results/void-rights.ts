import { captainMayChange, isOwnEntry } from '@pingpong/domain';

/**
 * Whether the server would accept a void of this match from this person (results/steps.ts), so the app
 * offers "Void result" only then: a recorded result in an OPEN round of the season being played; an
 * organiser (ADMIN) any time then, a captain only their own team's entry while the fixture is not
 * CONFIRMED. The captain's part is the domain's captain-rights, the same rules the server refuses by.
 */
export interface VoidContext {
  admin: boolean;
  /** The team the person captains in this fixture, or null. */
  captainTeamId: string | null;
  roundStatus: string | undefined;
  seasonActive: boolean;
  fixture: { confirmation?: string | null; confirm_by?: string | null };
  match: { recorded_at: string | null; entered_by_team_id?: string | null };
  now?: Date;
}

export function canVoid(context: VoidContext): boolean {
  const { admin, captainTeamId, roundStatus, seasonActive, fixture, match } = context;
  if (match.recorded_at === null || roundStatus !== 'OPEN' || !seasonActive) return false;
  if (admin) return true;
  if (!captainTeamId || !isOwnEntry([captainTeamId], match.entered_by_team_id)) return false;
  return captainMayChange(
    { confirmation: fixture.confirmation ?? null, confirm_by: fixture.confirm_by ?? null },
    context.now ?? new Date(),
  );
}
