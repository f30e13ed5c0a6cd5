/**
 * Worker thread of the content-validation integration: checks entry bodies (remark parsing,
 * the slowest part of the content checker) on the second core while Astro builds on the first.
 */
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { checkBodies, type BodySource, type EntryIds } from '../lib/body-check';

/** What the integration sends: plain data, which Node copies into the worker. */
export interface BodyCheckJob {
  files: BodySource[];
  ids: EntryIds;
}

/**
 * The check is background work beside Astro's build, which runs on one thread and needs the
 * other core for its I/O and garbage collection: give way to it. Linux sets priorities per
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

giveWay();
const { files, ids } = workerData as BodyCheckJob;
parentPort!.postMessage(checkBodies(files, ids));
