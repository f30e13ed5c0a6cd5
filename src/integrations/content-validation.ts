import type { AstroIntegration } from 'astro';
import { findStrayFiles, getContentDir, readSourceFiles } from '../lib/content-files';
import { formatReport, validateContent } from '../lib/validate';

/**
 * Runs the content checker (the same one `npm run check` runs) before Astro loads any
 * content, so a build fails with the checker's messages, all of them at once. Astro 7 only
 * logs a dangling `reference()`; this makes it an error.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'hallyu:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const contentDir = getContentDir();
        const { problems } = validateContent(readSourceFiles(contentDir), findStrayFiles(contentDir));
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command !== 'build') {
          logger.warn(`\n${report}`);
          return;
        }
        logger.error(`\n${report}\n\nThe build stopped: fix the problems above (npm run check lists them too).`);
        // A stack trace would bury the report; the report already says where and what.
        process.exit(1);
      },
    },
  };
}
