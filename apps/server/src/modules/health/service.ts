import type { Static } from 'typebox';
import type { PostmasterHealth } from '../../db/embedded.js';
import type { Liveness, Readiness } from './schemas.js';

export const PROBE_TIMEOUT_MS = 2_000;
/** The supervisor restarts a dead embedded postmaster within seconds; past this it is not going to. */
export const LIVENESS_GRACE_MS = 120_000;

/** What a health endpoint answers: `healthy` decides 200 or 503, `body` is the documented JSON. */
export interface HealthReport<Body> {
  healthy: boolean;
  body: Body;
}

/**
 * Liveness answers "is this process worth keeping?" from the supervisor's state alone: it fails only when
 * the embedded postmaster has stayed down past the supervisor's grace, which a restart of the process would
 * fix. With an external database (no postmaster) it never fails: restarting the API would not bring it back.
 */
export function liveness(
  postmaster: PostmasterHealth | undefined,
  now: number,
): HealthReport<Static<typeof Liveness>> {
  if (postmaster?.downSince && now - postmaster.downSince > LIVENESS_GRACE_MS)
    return { healthy: false, body: { status: 'failing', error_code: 'EMBEDDED_DATABASE_DOWN' } };
  return { healthy: true, body: { status: 'ok' } };
}

/** A postmaster known to be down cannot answer, so readiness does not wait for the probe to time out. */
export const worthProbing = (postmaster: PostmasterHealth | undefined) => postmaster?.up !== false;

/** Readiness answers "send traffic here?": the database answered just now; the postmaster's state rides along. */
export function readiness(
  postmaster: PostmasterHealth | undefined,
  databaseAnswered: boolean,
  version: string,
): HealthReport<Static<typeof Readiness>> {
  const details = postmaster
    ? {
        postmaster: {
          up: postmaster.up,
          restarts: postmaster.restarts,
          down_since: postmaster.downSince ? new Date(postmaster.downSince).toISOString() : null,
        },
      }
    : {};
  if (worthProbing(postmaster) && databaseAnswered)
    return { healthy: true, body: { status: 'ok', database: 'ok', version, ...details } };
  return {
    healthy: false,
    body: {
      status: 'degraded',
      database: 'unavailable',
      version,
      error_code: 'DATABASE_UNAVAILABLE',
      ...details,
    },
  };
}

/** A health check must answer quickly even when the database hangs, so the probe races a timer. */
export async function databaseAnswers(
  probe: () => PromiseLike<unknown>,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(probe)
        .then(
          () => true,
          () => false,
        ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface HealthSources {
  /** Sends one trivial query through the pool. */
  probe: () => PromiseLike<unknown>;
  /** The supervised embedded postmaster; absent with an external database. */
  postmaster?: (() => PostmasterHealth) | null;
  version: string;
  now?: () => number;
}

export function healthService({ probe, postmaster, version, now = Date.now }: HealthSources) {
  return {
    live: () => liveness(postmaster?.(), now()),
    async ready() {
      const state = postmaster?.();
      return readiness(state, worthProbing(state) && (await databaseAnswers(probe)), version);
    },
  };
}

export type HealthService = ReturnType<typeof healthService>;
