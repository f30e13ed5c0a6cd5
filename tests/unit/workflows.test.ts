import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const readWorkflow = (name: string) => parse(readFileSync(join('.github/workflows', name), 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const commands = (workflow: Workflow) =>
  steps(workflow)
    .flatMap((step) => step.run?.split(/\n|&&/) ?? [])
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npm '));

/** The npm commands README.md gives, in backticks or code blocks: `npm run check`, `npm test`... */
const README_COMMANDS = new Set(
  [...readFileSync('README.md', 'utf8').matchAll(/\bnpm (?:install|test|start|run [a-z-]+)/g)].map((match) => match[0]),
);

/** A command as README.md names it: `npm test -- --project unit` is `npm test`. */
const base = (command: string) => /^npm (?:install|test|start|run [a-z-]+)/.exec(command)?.[0];

describe('.github/workflows/ci.yml', () => {
  const ci = readWorkflow('ci.yml');

  it('runs on every pull request and on pushes', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  });

  it("runs the README's install, check, type check, lint and tests, and only commands the README names", () => {
    const run = commands(ci).map(base);
    expect(run).toEqual(expect.arrayContaining(['npm install', 'npm run check', 'npm run typecheck', 'npm run lint', 'npm test']));
    for (const command of run) expect(README_COMMANDS, `README.md names ${command}`).toContain(command);
  });

  it('installs Chromium from apt before the browser tests, with the whole git history', () => {
    const all = steps(ci);
    const chromium = all.findIndex((step) => /apt-get install .*chromium-headless-shell fonts-noto-cjk/.test(step.run ?? ''));
    const tests = all.findIndex((step) => step.run?.includes('--project site'));
    expect(chromium).toBeGreaterThanOrEqual(0);
    expect(tests).toBeGreaterThan(chromium);
    expect(all.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });
});

describe('.ci/run', () => {
  it('runs the npm commands ci.yml runs, in the same order, so what lands is what GitHub would pass', () => {
    const ciRun = readFileSync('.ci/run', 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('npm '))
      .map(base);
    expect(ciRun).toEqual([...new Set(commands(readWorkflow('ci.yml')).map(base))]);
  });

  it("installs Debian's Chromium headless shell when there is none", () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/apt-get install -y .*chromium-headless-shell fonts-noto-cjk/);
  });
});

describe('.github/workflows/deploy.yml', () => {
  const deploy = readWorkflow('deploy.yml');

  it('deploys from main', () => {
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
  });

  it("builds with the README's commands under the Pages base path and origin, then publishes to GitHub Pages", () => {
    for (const command of commands(deploy).map(base)) expect(README_COMMANDS).toContain(command);
    const build = steps(deploy).find((step) => step.run === 'npm run build')!;
    expect(build.env).toEqual({ BASE_PATH: '${{ steps.pages.outputs.base_path }}', SITE_URL: '${{ steps.pages.outputs.origin }}' });
    const uses = steps(deploy).map((step) => step.uses?.replace(/@.*/, ''));
    expect(uses).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(deploy.jobs['deploy']!.needs).toBe('build');
  });
});

describe('the other .github YAML files', () => {
  it('are valid YAML: issue forms with a name and a body', () => {
    const folder = '.github/ISSUE_TEMPLATE';
    const forms = readdirSync(folder).filter((name) => name !== 'config.yml');
    expect(forms.length).toBe(2);
    for (const name of forms) {
      const form = parse(readFileSync(join(folder, name), 'utf8')) as { name: string; body: unknown[] };
      expect(form.name, name).toBeTruthy();
      expect(form.body.length, name).toBeGreaterThan(0);
    }
  });
});

describe('.github/workflows/source-links.yml', () => {
  const links = readWorkflow('source-links.yml');

  it('runs weekly and on demand, never on pull requests', () => {
    expect(Object.keys(links.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  });

  it("puts the README's source link check into the job summary", () => {
    const run = steps(links).map((step) => step.run ?? '');
    expect(run).toContain('npm run --silent check-sources >> "$GITHUB_STEP_SUMMARY"');
    expect(README_COMMANDS).toContain('npm run check-sources');
  });
});
