/**
 * The Dockerfile's runtime stage, read the way `docker build` would: what it copies from the build stage,
 * its working directory, environment and command. No Docker engine runs here, so the production-build test
 * assembles that file set on disk and runs the command on it (see production-build.test.ts).
 */
export interface RuntimeStage {
  workdir: string;
  env: Record<string, string>;
  /** `COPY --from=<stage> SOURCE TARGET`, paths as written. */
  copies: Array<{ from: string; source: string; target: string }>;
  /** COPY lines that do not come from an earlier stage (the rehearsal cannot mirror those). */
  otherCopies: string[];
  cmd: string[];
}

export function runtimeStage(dockerfile: string): RuntimeStage {
  // Continuation lines belong to the instruction above them.
  const lines = dockerfile
    .replace(/\\\r?\n\s*/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const start = lines.findLastIndex((line) => /^FROM\s/i.test(line));
  const stage: RuntimeStage = { workdir: '/', env: {}, copies: [], otherCopies: [], cmd: [] };
  for (const line of lines.slice(start + 1)) {
    const [instruction = '', ...words] = line.split(/\s+/);
    switch (instruction.toUpperCase()) {
      case 'WORKDIR':
        stage.workdir = words[0] ?? '/';
        break;
      case 'ENV':
        for (const word of words) {
          const [key, ...value] = word.split('=');
          if (key) stage.env[key] = value.join('=');
        }
        break;
      case 'COPY': {
        const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
        const paths = words.filter((word) => !word.startsWith('--'));
        if (from && paths.length === 2) stage.copies.push({ from, source: paths[0]!, target: paths[1]! });
        else stage.otherCopies.push(line);
        break;
      }
      case 'CMD':
        stage.cmd = JSON.parse(line.slice('CMD'.length).trim()) as string[];
        break;
    }
  }
  return stage;
}
