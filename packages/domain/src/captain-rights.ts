/**
 * SPEC §6: what a captain may still change in a fixture. The server refuses by these rules and the phone
 * offers an action only when they allow it, so both read them from here.
 */

interface Confirmable {
  confirmation: string | null;
  confirm_by: Date | string | null;
}

/** A PENDING fixture past its deadline is CONFIRMED at once when read, before the sweep writes it. */
export function effectiveConfirmation<T extends Confirmable>(fixture: T, now: Date): T {
  if (fixture.confirmation !== 'PENDING' || fixture.confirm_by === null) return fixture;
  return new Date(fixture.confirm_by).getTime() <= now.getTime()
    ? { ...fixture, confirmation: 'CONFIRMED' }
    : fixture;
}

/** Once the other side has confirmed (or the deadline passed) only an official changes the fixture. */
export const captainMayChange = (fixture: Confirmable, now: Date) =>
  effectiveConfirmation(fixture, now).confirmation !== 'CONFIRMED';

/** A captain corrects only their own team's entry; the other side's entry is disputed instead. */
export const isOwnEntry = (captainTeams: readonly string[], enteredByTeamId: string | null | undefined) =>
  Boolean(enteredByTeamId) && captainTeams.includes(enteredByTeamId as string);
