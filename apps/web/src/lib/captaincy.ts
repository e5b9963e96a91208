import { useQuery } from '@tanstack/react-query';
import { type ApiData, type ApiItem, api, send } from './api/client';
import { useSession } from './auth-session';

export type Captaincy = ApiData<'/api/v1/auth/me'>['captaincies'][number];

/** The teams the signed-in account captains (from /auth/me); empty when signed out. */
export function useCaptaincies(): Captaincy[] {
  const session = useSession();
  const me = useQuery({
    queryKey: ['me', session?.user.id ?? 'none'],
    queryFn: async ({ signal }) => (await send(api.GET('/api/v1/auth/me', { signal }), signal)).data,
    enabled: session !== null,
    staleTime: 60_000,
  });
  return session && me.data ? me.data.captaincies : [];
}

type SidedFixture = Pick<
  ApiItem<'/api/v1/seasons/{id}/fixtures'>,
  'season_id' | 'home_team_id' | 'guest_team_id'
>;

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
