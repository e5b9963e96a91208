import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const TEMPLATE = path.join(import.meta.dirname, 'service-worker.template.js');

function publicFiles(dir: string, base = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(dir, base));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const relative = base ? `${base}/${name}` : name;
    const full = path.join(dir, relative);
    try {
      readdirSync(full);
      return publicFiles(dir, relative);
    } catch {
      return [relative];
    }
  });
}

/**
 * Emits `sw.js` with the exact list of files that make up the app shell, so an installed app opens
 * offline. The list is built from the bundle at build time; API responses are never part of it.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pingpong:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((file) => !file.endsWith('.map') && file !== 'sw.js');
      const fromPublic = config.publicDir ? publicFiles(config.publicDir) : [];
      const shell = [...new Set(['index.html', ...built, ...fromPublic])].sort().map((file) => `/${file}`);
      // Any change to any shell file, hashed or not (manifest, icons), makes a new worker and a fresh cache.
      const hash = createHash('sha256');
      for (const file of built) {
        const output = bundle[file];
        hash.update(file).update(output?.type === 'chunk' ? output.code : String(output?.source ?? ''));
      }
      for (const file of fromPublic)
        hash.update(file).update(readFileSync(path.join(config.publicDir, file)));
      const version = hash.digest('hex').slice(0, 12);
      const source = readFileSync(TEMPLATE, 'utf8')
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace("'__SHELL__'", JSON.stringify(shell));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
