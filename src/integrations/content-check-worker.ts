/**
 * Worker thread of the content-validation integration: runs the content checker (the one
 * `npm run check` runs) on the second core while Astro builds on the first. It posts two
 * messages: the frontmatter's problems, which Astro waits for before it loads content, then
 * every problem in the content, bodies included.
 */
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { checkBodies } from '../checker/rules/bodies';
import { findStrayFiles, readSourceFiles } from '../checker/content-files';
import { getEntryIds, validateContent, type Problem } from '../checker/validate';

/** The worker's messages, in the order it posts them. */
export type ContentCheckMessage = { frontmatter: Problem[] } | { problems: Problem[] };

/**
 * The body check is background work beside Astro's build, which runs on one thread and needs
 * the other core for its I/O and garbage collection: give way to it. Linux sets priorities per
 * thread (/proc/thread-self names this one); elsewhere the check keeps the normal priority.
 */
function giveWay(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), constants.priority.PRIORITY_LOW);
  } catch {
    // A courtesy only: without /proc (some sandboxes) the check runs at the normal priority.
  }
}

const post = (message: ContentCheckMessage) => parentPort!.postMessage(message);
const { contentDir } = workerData as { contentDir: string };
const files = readSourceFiles(contentDir);
const strays = findStrayFiles(contentDir);
const frontmatter = validateContent(files, strays, { bodies: false }).problems;
post({ frontmatter });
if (frontmatter.length) {
  // The build stops on these: report the bodies' problems with them, every problem at once.
  post({ problems: validateContent(files, strays).problems });
} else {
  giveWay();
  post({ problems: checkBodies(files, getEntryIds(files)) });
}
