// autocannon's worker thread require()s this module (CommonJS): it gives each request the next unrecorded
// match of this run, so 32 connections record distinct matches and every request should succeed.
let next = 0;

function setupRequest(request: Record<string, unknown>, context: { matchIds: string[] }) {
  const id = context.matchIds[next++ % context.matchIds.length];
  return { ...request, path: `/api/v1/matches/${id}/result` };
}

export = setupRequest;
