/**
 * `npm run check-sources`: tries every address the catalog's sources give (their pages, the
 * copies they were read through, their archived copies) with linkinator, and prints a Markdown
 * report of the dead ones. Exit code 0 whatever the web's weather: the scheduled workflow
 * (.github/workflows/source-links.yml) puts the report in its job summary for a maintainer, and
 * no pull request waits on it. Exit 2 only when the check itself could not run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { findStrayFiles, readSourceFiles } from '../checker/content-files';
import { validateContent } from '../checker/validate';
import { formatLinkReport, getSourceLinks, type DeadLink } from '../catalog/source-links';
import { settings } from '../settings';
import { escapeHtml } from '../site/escape-html';

const { entries } = validateContent(readSourceFiles(settings.contentDir), findStrayFiles(settings.contentDir), { bodies: false });
const links = getSourceLinks(entries);
// linkinator checks the links of a page: one page that links every address, checked one level deep.
const dir = mkdtempSync(join(tmpdir(), 'hallyu-source-links-'));
try {
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><title>Source links</title>${links.map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.source)}</a>`).join('\n')}`,
  );
  const result = await check({
    path: join(dir, 'index.html'),
    recurse: false,
    concurrency: 10,
    timeout: 20_000,
    retry: true,
    retryErrors: true,
  });
  const broken = new Map(result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => [link.url, link.status ?? 0]));
  const dead: DeadLink[] = links.flatMap((link) => (broken.has(link.url) ? [{ ...link, status: broken.get(link.url)! }] : []));
  console.log(formatLinkReport(links.length, dead));
} catch (error) {
  console.error(`The source link check could not run: ${String(error)}`);
  process.exitCode = 2;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
