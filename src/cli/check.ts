/**
 * `npm run check`: validates all content the way the build does, without building pages, and
 * prints every problem at once. Exit code 1 when there is any.
 */
import { findStrayFiles, readSourceFiles } from '../checker/content-files';
import { settings } from '../settings';
import { formatReport, validateContent } from '../checker/validate';

const started = performance.now();
const { contentDir } = settings;
const files = readSourceFiles(contentDir);
const { problems } = validateContent(files, findStrayFiles(contentDir));
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length) {
  console.error(formatReport(problems));
  console.error('\nFix the problems above and run `npm run check` again. The field reference is at /contribute/schema/.');
  process.exitCode = 1;
} else {
  console.log(`Checked ${files.length} entries in ${seconds} s: no problems.`);
}
