import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { findStrayFiles, getContentDir, readSourceFiles, type SourceFile } from '../lib/content-files';
import { formatReport, getEntryIds, validateContent, type Problem } from '../lib/validate';
import type { BodyCheckJob } from './body-check-worker';

// The worker runs TypeScript source, as `npm run check` does, through tsx.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Checks the files' bodies on a worker thread; resolves with their problems. */
function checkBodiesInWorker(files: readonly SourceFile[]): { problems: Promise<Problem[]>; worker: Worker } {
  const job: BodyCheckJob = {
    files: files.map(({ collection, id, file, body, bodyLine }) => ({ collection, id, file, body, bodyLine })),
    ids: getEntryIds(files),
  };
  const worker = new Worker(new URL('./body-check-worker.ts', import.meta.url), { workerData: job, execArgv: ['--import', TSX] });
  const problems = new Promise<Problem[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the body check stopped (exit code ${code}) before it reported`)));
  });
  return { problems, worker };
}

function stopBuild(logger: AstroIntegrationLogger, problems: readonly Problem[]): never {
  logger.error(`\n${formatReport(problems)}\n\nThe build stopped: fix the problems above (npm run check lists them too).`);
  // A stack trace would bury the report; the report already says where and what.
  process.exit(1);
}

/**
 * Runs the content checker (the same one `npm run check` runs) as part of every build, so a
 * build fails with the checker's messages, all of them at once. Astro 7 only logs a dangling
 * `reference()`; this makes it an error.
 *
 * Frontmatter, which every page is built from, is checked before Astro loads any content. The
 * bodies, whose Markdown parsing costs more than all the rest of the checker, are checked on a
 * worker thread while Astro builds; the build waits for that check before it is done and
 * fails if any body has a problem.
 */
export function contentValidation(): AstroIntegration {
  let bodyProblems: Promise<Problem[]> | undefined;
  return {
    name: 'hallyu:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Preview serves a finished build: its content was checked when it was built.
        if (command === 'preview') return;
        const contentDir = getContentDir();
        const files = readSourceFiles(contentDir);
        const strays = findStrayFiles(contentDir);
        if (validateContent(files, strays, { bodies: false }).problems.length) {
          // The bodies' problems too, in the same report: every problem at once.
          const { problems } = validateContent(files, strays);
          if (command === 'build') stopBuild(logger, problems);
          logger.warn(`\n${formatReport(problems)}`);
          return;
        }
        const { problems, worker } = checkBodiesInWorker(files);
        if (command === 'build') {
          // Awaited only when the build is done: a worker that fails sooner is reported there,
          // not as an unhandled rejection that would end the build with a stack trace.
          problems.catch(() => undefined);
          bodyProblems = problems;
          return;
        }
        // Outside a build (dev, sync) nothing waits for the check: it warns when done.
        worker.unref();
        problems.then(
          (found) => found.length > 0 && logger.warn(`\n${formatReport(found)}`),
          (error: unknown) => logger.warn(String(error)),
        );
      },
      'astro:build:done': async ({ logger }) => {
        if (!bodyProblems) return;
        let problems: Problem[];
        try {
          problems = await bodyProblems;
        } catch (error) {
          logger.error(`The build stopped: ${String(error)}`);
          process.exit(1);
        }
        if (problems.length) stopBuild(logger, problems);
      },
    },
  };
}
