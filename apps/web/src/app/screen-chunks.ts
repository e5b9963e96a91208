/**
 * The screens that load on demand, one function per chunk. The router renders them through React.lazy and
 * the start-up (warm-up.ts) asks for the one the address needs before the first render: both call the
 * same import, so the browser fetches each chunk once.
 */
export const loadResultEntry = () => import('./result-entry-route');
export const loadPlayerScreen = () => import('../features/players/components/player-screen');
export const loadAdminRoute = () => import('../features/admin/components/admin-route');
export const loadTeamRoute = () => import('./team-route');
export const loadSeasonArchive = () => import('../features/seasons/components/season-archive');
export const loadSeasonRecord = () => import('./season-record-route');
export const loadMyTeamScreen = () => import('../features/captain/components/my-team-screen');
export const loadSignInScreen = () => import('../features/auth/components/sign-in-screen');

// The fixture page's tools, each for the roles that get it.
export const loadLineupEntry = () => import('../features/lineups/components/lineup-entry');
export const loadVoidResult = () => import('../features/results/components/void-result');
export const loadFixtureAdmin = () => import('../features/admin/components/fixture-admin');
export const loadCaptainTools = () => import('../features/captain/components/captain-tools');
