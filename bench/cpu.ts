import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime, stime, cutime, cstime of /proc/<pid>/stat (or a task of it), in ms. */
function stat(file: string): number[] {
  try {
    const text = readFileSync(file, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return [fields[11], fields[12], fields[13], fields[14]].map((v) => Number(v) * TICK_MS);
  } catch {
    return [0, 0, 0, 0];
  }
}

/**
 * CPU used so far by the PostgreSQL cluster: the postmaster, every live backend, and (through the
 * postmaster's cutime/cstime) every backend that has exited. Linux only; zero elsewhere.
 */
export function postgresCpuMs(dataDir: string): number {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return 0;
  }
  const [u, s, cu, cs] = stat(`/proc/${postmaster}/stat`);
  let total = u! + s! + cu! + cs!;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== postmaster) continue;
    } catch {
      continue;
    }
    const [user, system] = stat(`/proc/${entry}/stat`);
    total += user! + system!;
  }
  return total;
}

/** CPU of this process's main thread (the server's event loop), excluding worker threads such as autocannon's. */
export function mainThreadCpuMs(): number {
  const [u, s] = stat(`/proc/${process.pid}/task/${process.pid}/stat`);
  return u! + s!;
}

/** CPU of this process's exited and waited-for children (a pgbench run, once it has finished), in ms. */
export function childrenCpuMs(): number {
  const [, , cu, cs] = stat(`/proc/${process.pid}/stat`);
  return cu! + cs!;
}
