/**
 * Whether the server would accept a void of this match from this person (results/steps.ts), so the app
 * offers "Void result" only then: a recorded result in an OPEN round of the season being played; an
 * organiser (ADMIN) any time then, a captain only their own team's entry while the fixture is not
 * CONFIRMED (a PENDING fixture past its deadline counts as CONFIRMED, as the server reads it).
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

export function confirmedAt(fixture: VoidContext['fixture'], now: Date): boolean {
  if (fixture.confirmation === 'CONFIRMED') return true;
  return (
    fixture.confirmation === 'PENDING' &&
    Boolean(fixture.confirm_by) &&
    new Date(fixture.confirm_by!).getTime() <= now.getTime()
  );
}

export function canVoid(context: VoidContext): boolean {
  const { admin, captainTeamId, roundStatus, seasonActive, fixture, match } = context;
  if (match.recorded_at === null || roundStatus !== 'OPEN' || !seasonActive) return false;
  if (admin) return true;
  if (!captainTeamId || match.entered_by_team_id !== captainTeamId) return false;
  return !confirmedAt(fixture, context.now ?? new Date());
}
