import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** `/proc/<pid>/stat` fields after the command name: state, then the parent's pid. */
function procStat(pid: number): { state: string; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state = '', ppid = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return null;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** A zombie has exited; only its parent has not collected it yet. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user (the "postgres" system user when we run as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.state !== 'Z';
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !alive(pid);
}

/**
 * A server killed with SIGKILL cannot stop its embedded postmaster, which lives on holding the port and
 * the data directory, so the next start fails. If `postmaster.pid` names a live PostgreSQL serving this
 * very directory whose parent is gone, stop it the way PostgreSQL likes (fast shutdown, SIGINT: roll back
 * open transactions, checkpoint), then harder only if it does not go. A postmaster whose parent is a live
 * Node process belongs to a running server: that is refused rather than killed under its feet.
 * Returns the pid it stopped, or null when there was nothing to stop.
 */
export async function stopOrphanedPostmaster(
  databaseDir: string,
  log: (line: string) => void,
): Promise<number | null> {
  let lines: string[];
  try {
    lines = (await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  // A stale file (the machine rebooted) is PostgreSQL's own business: it removes it on start.
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  if (path.resolve(lines[1] ?? '') !== path.resolve(databaseDir)) return null;
  // The pid may have been reused by an unrelated process since the file was written.
  if (!/postgres/.test(commandLine(pid))) return null;
  const parent = procStat(pid)?.ppid ?? 0;
  if (parent > 1 && parent !== process.pid && alive(parent) && /\bnode\b|node /.test(commandLine(parent))) {
    throw new Error(
      `Another server (process ${parent}) is already running on ${path.dirname(databaseDir)}; stop it first or use another DATA_DIR`,
    );
  }
  log(`stopping the embedded PostgreSQL (pid ${pid}) left running by a previous server`);
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      break;
    }
    if (await exited(pid, waitMs)) break;
  }
  if (alive(pid)) throw new Error(`The orphaned embedded PostgreSQL (pid ${pid}) did not stop`);
  return pid;
}
