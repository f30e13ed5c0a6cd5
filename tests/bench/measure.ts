import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Parent pid of every live process, from /proc/<pid>/stat. */
function readParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(pid, Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parents;
}

/** Every descendant of `root` (not `root` itself). */
function getDescendants(root: number, parents: ReadonlyMap<number, number>): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) {
    const list = children.get(parent);
    if (list) list.push(pid);
    else children.set(parent, [pid]);
  }
  const found = new Set<number>();
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    if (found.has(pid)) continue;
    found.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Resident set size of one process in bytes (VmRSS), 0 once it has exited. */
function readRss(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `task` while sampling, every `intervalMs`, the summed VmRSS of every process this one
 * started since the call (a build's node, its workers and anything they spawn); returns the
 * task's result and the highest sum seen. Processes already running before (a preview server
 * started by the tests) are left out. Linux only: it reads /proc, it does not estimate.
 */
export async function withPeakRss<T>(task: () => Promise<T>, intervalMs = 100): Promise<{ result: T; peakRssBytes: number }> {
  const before = getDescendants(process.pid, readParents());
  let peak = 0;
  const sample = () => {
    const ours = [...getDescendants(process.pid, readParents())].filter((pid) => !before.has(pid));
    peak = Math.max(
      peak,
      ours.reduce((sum, pid) => sum + readRss(pid), 0),
    );
  };
  const timer = setInterval(sample, intervalMs);
  try {
    const result = await task();
    return { result, peakRssBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

/** The p-th percentile (0-100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The median of a few runs of `task`, in milliseconds: less noisy than one run on a shared machine. */
export function medianMs(task: () => void, runs = 3): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    task();
    return performance.now() - start;
  });
  return percentile(times, 50);
}

/** Bytes after gzip at the default level, as a static host or CDN would serve them. */
export function gzipBytes(data: string | Uint8Array): number {
  return gzipSync(data).length;
}

/** Rounds for reports: figures are noisy past a tenth of a millisecond. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
