import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { findStrayFiles, readSourceFiles } from '../checker/content-files';
import { formatReport, type Problem } from '../checker/problems';
import { validateContent } from '../checker/validate';
import { escapeHtml } from '../site/escape-html';
import { hasUnloadedCollections } from './content-check';

/**
 * The page `npm run dev` serves instead of any page while the content has problems: the
 * checker's report as `npm run check` prints it, not a stack trace from wherever a bad value
 * broke a page.
 */
export function renderReportPage(problems: readonly Problem[]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>The content has problems · Hallyu Abroad</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f4f4f5;color:#18181b;padding:1rem;border-radius:6px}</style></head>
<body><main>
<h1>The content has problems</h1>
<p>The site shows no page until these are fixed: fix them, save, and reload this page. <code>npm run check</code> lists the same problems.</p>
<pre>${escapeHtml(formatReport(problems))}</pre>
</main></body>
</html>
`;
}

/**
 * Checks the content for the dev server: when it starts, then again at the first page request
 * after any change in the content folder. While there are problems, every page request gets the report
 * (and the terminal shows it once per change); once there are none, pages render as usual.
 */
export function createDevReport(contentDir: string, logger: AstroIntegrationLogger) {
  let problems: Problem[] | undefined;
  const check = (): Problem[] => {
    if (problems) return problems;
    problems = validateContent(readSourceFiles(contentDir), findStrayFiles(contentDir)).problems;
    if (problems.length) logger.error(`\n${formatReport(problems)}\n\nPages show this report until the problems are fixed.`);
    return problems;
  };
  return {
    check,
    /** Call when a file changes: the next request checks again. */
    onChange(path: string) {
      if (!relative(contentDir, path).startsWith('..')) problems = undefined;
    },
    /**
     * Connect middleware: answers page requests with the report while the content has problems;
     * once there are none, first has `reload` load the collections left unloaded while there were.
     */
    createMiddleware(reload: () => Promise<void>) {
      return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
        const isPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
        const found = isPage ? check() : [];
        if (!found.length) {
          if (!isPage || !hasUnloadedCollections()) return next();
          return void reload().then(() => next(), next);
        }
        response.statusCode = 500;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(renderReportPage(found));
      };
    },
  };
}
