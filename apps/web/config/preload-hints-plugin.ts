import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** What the server may name in a page's head for one visitor and not for another. */
export interface PreloadHints {
  /** The chunk of each catalog that is not in the bundle, with the chunks it imports. */
  languages: Record<string, string[]>;
}

export const HINTS_FILE = 'preload-hints.json';

/**
 * Writes dist/preload-hints.json. English is its own chunk, fetched before the first render; a browser
 * that asks for English first would otherwise discover it only once the app's code has run, a whole
 * round trip later. The server reads the file and names the chunk in the page for such a browser
 * (apps/server/src/plugins/web.ts); Vietnamese pages stay as they are. Not part of the bundle, so the
 * service worker does not keep it.
 */
export function preloadHints(catalogs: Record<string, string>): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'pingpong:preload-hints',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const languages: PreloadHints['languages'] = {};
      for (const [language, source] of Object.entries(catalogs)) {
        const chunk = chunks.find((candidate) => candidate.facadeModuleId === path.resolve(root, source));
        if (!chunk) throw new Error(`preload hints: no chunk is built from ${source}`);
        languages[language] = [chunk.fileName, ...chunk.imports].map((file) => `/${file}`);
      }
      const hints: PreloadHints = { languages };
      writeFileSync(path.join(outDir, HINTS_FILE), `${JSON.stringify(hints, null, 2)}\n`);
    },
  };
}
