import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** What a build printed and where it wrote. */
export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** Options of an isolated site build. */
export interface BuildOptions {
  /** Content folder (default: the real content/). */
  contentDir?: string;
  /** BASE_PATH for a sub-path deploy. */
  base?: string;
  /** Where to write; default a fresh temporary folder. */
  outDir?: string;
  env?: Record<string, string>;
}

/** A scratch folder that lives until the machine clears its temp. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `hallyu-${prefix}-`));
}

/**
 * A scratch folder for a build's output, inside the project on purpose: Astro writes a build's
 * prerender chunks to <outDir>/.prerender only when outDir is under the working directory, and
 * to the shared ./.astro/.prerender otherwise, where a build running at the same time deletes
 * them mid-render (Astro's getOutDirWithinCwd).
 */
export function makeBuildDir(prefix: string): string {
  const parent = join(ROOT, 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `hallyu-${prefix}-`));
}

/**
 * The environment for a child build or server: this process's, minus the variables Vite sets in
 * test workers (BASE_URL, MODE, DEV, PROD, SSR) and Vitest's own (VITEST, VITEST_*). Astro exposes
 * every environment variable as `import.meta.env.*`, so an inherited BASE_URL=/ would override
 * the BASE_PATH of the build; and `astro dev` run with VITEST set answers every page with a 404.
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
  const outsideVitest = Object.fromEntries(Object.entries(inherited).filter(([name]) => name !== 'VITEST' && !name.startsWith('VITEST_')));
  return { ...outsideVitest, ...env };
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO, ...args], { cwd: ROOT, env: childEnv(env) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

/**
 * Runs the real `astro build` in a child process with its own output and cache folders, so
 * fixture builds never touch dist/ or each other.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? makeBuildDir('dist');
  const env: Record<string, string> = {
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: makeTempDir('cache'),
    BASE_PATH: options.base ?? '',
    ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
    ...options.env,
  };
  const { code, output } = await run(['build'], env);
  return { code, output, outDir };
}

/** Builds and fails loudly with the build's own output when it does not succeed. */
export async function buildSiteOrThrow(options: BuildOptions = {}): Promise<string> {
  const result = await buildSite(options);
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
  return result.outDir;
}

/**
 * Whether a process of a process group still runs. A process that has exited but not been reaped
 * (a zombie) holds no port or lock: its parent, the shell under npm, is gone, and the init of some
 * machines reaps orphans only every second or two. Without /proc, any process of the group counts.
 */
export function isGroupRunning(group: number): boolean {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  }
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .some((pid) => {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        return false;
      }
      // After the command name: state, parent, process group (proc(5)).
      const [state, , processGroup] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(processGroup) === group && state !== 'Z';
    });
}

/** A running server and how to stop it. */
export interface Server {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a command that prints a local URL when it is ready (`npm start`, `astro preview`)
 * and resolves with that URL.
 */
export function startServer(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 240_000,
  /** Receives everything the server prints, for as long as it runs. */
  log: string[] = [],
): Promise<Server> {
  return new Promise((ready, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: childEnv(env), detached: true });
    let output = '';
    // Where the lines not yet searched for the URL begin, and whether it was found: `npm start`
    // prints a line per page it builds, and searching all of it again on every chunk took seconds.
    let unsearched = 0;
    let found = false;
    const stop = async () => {
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        // The server runs under npm and a shell: end the whole process group.
        process.kill(-child.pid!, 'SIGTERM');
      });
      // npm exits before the server under it has: wait until nothing of the group runs, or the next
      // `astro dev` finds this one still running and refuses to start.
      for (const start = Date.now(); Date.now() - start < 10_000; await new Promise((done) => setTimeout(done, 100))) {
        if (!isGroupRunning(child.pid!)) return;
      }
    };
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`${command} ${args.join(' ')} printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      log.push(String(chunk));
      if (found) return;
      // Astro colours its output; strip escapes before looking for the URL.
      const match = /(http:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*)/.exec(output.slice(unsearched).replace(/\x1b\[[0-9;]*m/g, ''));
      unsearched = output.lastIndexOf('\n') + 1;
      if (match) {
        found = true;
        clearTimeout(timer);
        ready({ url: match[1]!, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${command} ${args.join(' ')} exited (${code}) before printing a URL:\n${output}`));
    });
  });
}
