import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseElements } from '../helpers/html-scan';
import { SEED_CATALOG } from '../helpers/seed-catalog';
import { makeTempDir, ROOT, startServer } from '../helpers/site';

/** Runs `npm run <script> -- <args>` from the repository root, as a contributor would. */
function npmRun(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

// The "done when": one new file with a misspelled field name, an impossible date and a
// misspelled studio id. Each message names the file and line, and says how to fix it.
const MISSPELLED = 'tests/fixtures/misspelled-entry';
const THREE_PROBLEMS = [
  `${MISSPELLED}/productions/new-show.mdx:6  languges  unknown field`,
  'did you mean `languages`?',
  `${MISSPELLED}/productions/new-show.mdx:7  premiere  invalid value (found: "2025-02-30", expected: a date that exists`,
  '2025-02 has 28 days: check the date against the source',
  `${MISSPELLED}/productions/new-show.mdx:9  credits.0.studio  no studio has the id \`studio-dragn\``,
  'did you mean `studio-dragon`?',
];

describe('npm run check', () => {
  it('passes on the real content', () => {
    const { code, output } = npmRun('check');
    expect(output).toMatch(/^Checked \d+ entries in [\d.]+ s: no problems\.$/m);
    expect(code).toBe(0);
  });

  it('reports all three mistakes of one new file in one run, and exits non-zero', () => {
    const { code, output } = npmRun('check', [], { CONTENT_DIR: join(ROOT, MISSPELLED) });
    for (const line of THREE_PROBLEMS) expect(output).toContain(line);
    expect(output).toContain('3 problems in the content.');
    expect(code).toBe(1);
  });
});

describe('the build', () => {
  it('refuses the same file with the same messages, and no stack trace', () => {
    const result = inject('refusedBuilds')['misspelled-entry'];
    expect(result.code).not.toBe(0);
    for (const line of THREE_PROBLEMS) expect(result.output).toContain(line);
    expect(result.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});

describe('npm run dev', () => {
  it('shows the report in the browser and the terminal instead of a page, with no stack trace, and again on every change until it is fixed', async () => {
    const contentDir = makeTempDir('dev-content');
    cpSync(join(ROOT, MISSPELLED), contentDir, { recursive: true });
    const file = join(contentDir, 'productions/new-show.mdx');
    // Fixed as the report says: the field's name, the studio's id, and no date the source does not give.
    const fixed = readFileSync(file, 'utf8')
      .replace('languges:', 'languages:')
      .replace("premiere: '2025-02-30'\n", '')
      .replace('studio: studio-dragn', 'studio: studio-dragon');
    // The report names files under the content folder the server was given.
    const problems = THREE_PROBLEMS.map((line) => line.replace(`${MISSPELLED}/`, ''));
    const port = 5300 + Math.floor(Math.random() * 300);
    const output: string[] = [];
    const server = await startServer('npm', ['run', 'dev', '--', '--port', String(port)], { CONTENT_DIR: contentDir }, 60_000, output);
    const get = (path: string) => fetch(new URL(path, server.url), { headers: { accept: 'text/html' } });
    // The server notices a change on its own time: ask until it answers as expected.
    const until = async (path: string, status: number) => {
      let last = '';
      for (const start = Date.now(); Date.now() - start < 20_000; await new Promise((done) => setTimeout(done, 250))) {
        const response = await get(path);
        const text = await response.text();
        if (response.status === status) return parseElements(text).find((element) => element.name === 'main')!.text;
        last = `${response.status}: ${text.slice(0, 300)}`;
      }
      throw new Error(`${path} did not answer ${status} within 20 s (last: ${last}):\n${output.join('')}`);
    };
    try {
      // Every page, not only the entry's, shows the report, as `npm run check` prints it.
      for (const path of ['productions/new-show/', '']) {
        const page = await until(path, 500);
        for (const line of problems) expect(page).toContain(line);
        expect(page).toContain('3 problems in the content.');
        expect(page).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
      }
      for (const line of problems) expect(output.join('')).toContain(line);

      writeFileSync(file, fixed);
      expect(await until('productions/new-show/', 200)).toContain('New Show');
      // A reference misspelt while the server runs: the report again, pointing at its line.
      const misspelt = fixed.replace('studio: studio-dragon', 'studio: studio-dragn');
      writeFileSync(file, misspelt);
      const line = misspelt.split('\n').findIndex((text) => text.includes('studio: studio-dragn')) + 1;
      const page = await until('productions/new-show/', 500);
      expect(page).toContain(`productions/new-show.mdx:${line}  credits.0.studio  no studio has the id \`studio-dragn\``);
      expect(page).toContain('did you mean `studio-dragon`?');
    } finally {
      await server.stop();
    }
  });
});

describe('npm run new', () => {
  it('writes a template, refuses a taken id, and needs --id for a Hangul title', () => {
    const contentDir = makeTempDir('content');
    cpSync(SEED_CATALOG, contentDir, { recursive: true });
    const env = { CONTENT_DIR: contentDir };

    const created = npmRun('new', ['production', 'Hatsukoi Dogs Special'], env);
    expect(created.code).toBe(0);
    const path = join(contentDir, 'productions/hatsukoi-dogs-special.mdx');
    expect(readFileSync(path, 'utf8')).toContain('title: "Hatsukoi Dogs Special"');
    expect(created.output).toContain('Next steps:');
    expect(created.output).toContain('http://localhost:4321/productions/hatsukoi-dogs-special/');

    const taken = npmRun('new', ['production', 'Mamono'], env);
    expect(taken.code).toBe(1);
    expect(taken.output).toContain('the id `mamono` is taken: pick another with --id');

    const hangul = npmRun('new', ['musical', '명성황후'], env);
    expect(hangul.code).toBe(1);
    expect(hangul.output).toContain('is not in Latin letters');
    expect(existsSync(join(contentDir, 'musicals'))).toBe(true);

    // The fresh template fails the check only on its placeholders, each with its line.
    const check = npmRun('check', [], env);
    expect(check.code).toBe(1);
    const reported = check.output.split('\n').filter((line) => line.includes('hatsukoi-dogs-special.mdx:'));
    expect(reported.length).toBeGreaterThan(3);
    for (const line of reported) expect(line).toContain('fill in this placeholder from the template');
  });
});

describe('npm run check-sources', () => {
  it("tries every address of the catalog's sources and reports exactly the dead one, without failing", async () => {
    // Two publishers on a local server: one page is there, one is gone.
    const server = createServer((request, response) => {
      response.writeHead(request.url === '/news/kept' ? 200 : 404, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>page</title>');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const contentDir = makeTempDir('source-links');
    mkdirSync(join(contentDir, 'sources'));
    for (const [id, path] of [
      ['kept-article', '/news/kept'],
      ['gone-article', '/news/gone'],
    ]) {
      writeFileSync(
        join(contentDir, 'sources', `${id}.mdx`),
        `---\ntitle: "An article"\npublisher: "A paper"\nurl: "${origin}${path}"\naccessed: "2026-11-29"\nlanguage: en\n---\n`,
      );
    }
    try {
      const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
        const child = spawn('npm', ['run', '--silent', 'check-sources'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir } });
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.on('close', (code) => done({ code, stdout }));
      });
      expect(code).toBe(0);
      expect(stdout).toContain('1 of 2 source addresses did not load.');
      const rows = stdout.split('\n').filter((line) => line.startsWith('| `content/'));
      expect(rows).toEqual([`| \`content/sources/gone-article.mdx\` | \`url\` | ${origin}/news/gone | 404 |`]);
    } finally {
      server.close();
    }
  });
});
