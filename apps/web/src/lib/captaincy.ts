import { useQuery } from '@tanstack/react-query';
import { apiGet } from './api-client';
import { useSession } from './auth-session';

export interface Captaincy {
  season_id: string;
  season_name: string;
  team_id: string;
  team_name: string;
}

interface Me {
  id: string;
  captaincies: Captaincy[];
}

/** The teams the signed-in account captains (from /auth/me); empty when signed out. */
export function useCaptaincies(): Captaincy[] {
  const session = useSession();
  const me = useQuery({
    queryKey: ['me', session?.user.id ?? 'none'],
    queryFn: async ({ signal }) => (await apiGet<Me>('/auth/me', undefined, signal)).data,
    enabled: session !== null,
    staleTime: 60_000,
  });
  return session && me.data ? me.data.captaincies : [];
}

interface SidedFixture {
  season_id: string;
  home_team_id: string;
  guest_team_id: string;
}

/** Which side of this fixture the account captains (SPEC §6: its own team, that season only). */
export function captainSide(
  captaincies: readonly Captaincy[],
  fixture: SidedFixture,
): 'home' | 'guest' | null {
  const mine = (teamId: string) =>
    captaincies.some((entry) => entry.season_id === fixture.season_id && entry.team_id === teamId);
  if (mine(fixture.home_team_id)) return 'home';
  if (mine(fixture.guest_team_id)) return 'guest';
  return null;
}
