import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { settings } from '../settings';
import { formatReport, type Problem } from '../checker/validate';
import { hasUnloadedCollections, setDevContentCheck, setFrontmatterCheck } from './content-check';
import { createDevReport } from './dev-report';
import { MARKDOWN_GLOB } from '../loaders/markdown-glob';
import type { ContentCheckMessage } from './content-check-worker';

// The worker runs TypeScript source, as `npm run check` does, through tsx.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

interface ContentCheck {
  /** Problems in the frontmatter of any entry. */
  frontmatter: Promise<Problem[]>;
  /** Every problem in the content, bodies included. */
  problems: Promise<Problem[]>;
  worker: Worker;
}

/** Runs the content checker on a worker thread. */
function checkInWorker(contentDir: string): ContentCheck {
  const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), {
    workerData: { contentDir },
    execArgv: ['--import', TSX],
  });
  const frontmatter = Promise.withResolvers<Problem[]>();
  const problems = Promise.withResolvers<Problem[]>();
  const fail = (error: unknown) => {
    frontmatter.reject(error);
    problems.reject(error);
  };
  worker.on('message', (message: ContentCheckMessage) =>
    'frontmatter' in message ? frontmatter.resolve(message.frontmatter) : problems.resolve(message.problems),
  );
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`the content checker stopped (exit code ${code}) before it reported`)));
  // Awaited only later: a worker that fails sooner is reported there, not as an unhandled
  // rejection that would end the build with a stack trace.
  frontmatter.promise.catch(() => undefined);
  problems.promise.catch(() => undefined);
  return { frontmatter: frontmatter.promise, problems: problems.promise, worker };
}

/** Waits for the checker and stops the build if it found problems (or failed); returns when it found none. */
function stopBuild(logger: AstroIntegrationLogger, problems: Promise<Problem[]>): Promise<void> {
  return problems.then(
    (found) => {
      if (found.length === 0) return;
      logger.error(`\n${formatReport(found)}\n\nThe build stopped: fix the problems above (npm run check lists them too).`);
      // A stack trace would bury the report; the report already says where and what.
      process.exit(1);
    },
    (error: unknown) => {
      logger.error(`The build stopped: ${String(error)}`);
      process.exit(1);
    },
  );
}

/**
 * Runs the content checker (the same one `npm run check` runs) as part of every build, so a
 * build fails with the checker's messages, all of them at once. Astro 7 only logs a dangling
 * `reference()`; this makes it an error.
 *
 * The checker runs on a worker thread while Astro starts and builds. Frontmatter, which every
 * page is built from, is checked first, and Astro loads no entry before it is found sound
 * (the loader waits: src/loaders/markdown-glob.ts). The bodies, whose Markdown parsing costs
 * more than all the rest of the checker, are checked while Astro builds; the build stops as soon
 * as that finds a problem, and waits for it before it is done.
 */
export function contentValidation(): AstroIntegration {
  let check: ContentCheck | undefined;
  let devReport: ReturnType<typeof createDevReport> | undefined;
  return {
    name: 'hallyu:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Preview serves a finished build: its content was checked when it was built.
        if (command === 'preview') return;
        // In dev, every page shows the checker's report until the content is fixed, and content
        // that fails its schema does not stop Astro's content sync (src/loaders/markdown-glob.ts).
        devReport = command === 'dev' ? createDevReport(settings.contentDir, logger) : undefined;
        setDevContentCheck(devReport && (() => devReport!.check().length));
        if (devReport) return;
        check = checkInWorker(settings.contentDir);
        if (command === 'build') {
          const { problems } = check;
          // A problem in a body stops the build when it is found, not after every page is written.
          void stopBuild(logger, problems);
          setFrontmatterCheck(
            check.frontmatter.then(
              (found) => (found.length ? stopBuild(logger, problems) : undefined),
              // The worker failed: stopBuild says why.
              () => stopBuild(logger, problems),
            ),
          );
          return;
        }
        // Outside a build and dev (astro sync) nothing waits for the check: it warns when done.
        check.worker.unref();
        check.problems.then(
          (found) => found.length > 0 && logger.warn(`\n${formatReport(found)}`),
          (error: unknown) => logger.warn(String(error)),
        );
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        if (!devReport) return;
        const report = devReport;
        server.watcher.on('all', (_event, path) => report.onChange(path));
        // Astro skips a refresh while it reloads its content config after a change: ask again, a while.
        const reload = async () => {
          for (let tries = 0; tries < 20 && hasUnloadedCollections(); tries++) {
            if (tries) await new Promise((done) => setTimeout(done, 100));
            await refreshContent?.({ loaders: [MARKDOWN_GLOB] });
          }
        };
        server.middlewares.use(report.createMiddleware(reload));
        report.check();
      },
      'astro:build:done': async ({ logger }) => {
        if (check) await stopBuild(logger, check.problems);
      },
    },
  };
}
