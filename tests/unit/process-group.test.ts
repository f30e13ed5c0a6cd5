import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isGroupRunning } from '../helpers/site';

describe('a server process group, as stopping a server waits for it', () => {
  it('runs while one of its processes runs, and not once only exited ones are left', async () => {
    // `sleep 30` takes the shell's place and never reaps the `sleep 0.1` it was left with: a zombie.
    const child = spawn('sh', ['-c', 'sleep 0.1 & exec sleep 30'], { detached: true, stdio: 'ignore' });
    await new Promise((done) => setTimeout(done, 300));
    expect(isGroupRunning(child.pid!)).toBe(true);

    const exited = new Promise((done) => child.once('exit', done));
    process.kill(child.pid!, 'SIGKILL');
    await exited;
    // What is left may be the zombie, until the machine's init reaps it: it holds nothing.
    expect(isGroupRunning(child.pid!)).toBe(false);
  });
});
