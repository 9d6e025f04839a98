import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/*
 * Process plumbing both benchmarks (annotation, live) use: pinning with taskset, CPU and
 * memory of a process from /proc (needs nothing from its event loop), the machine's busy
 * time, and waiting for one IPC message.
 */

export const cpuCount = os.cpus().length;
let hasTaskset: boolean | undefined;

/** Whether taskset exists (known once pin() has been tried). */
export const tasksetAvailable = (): boolean => hasTaskset ?? false;

export function pin(pid: number | undefined, cpus: string, enabled: boolean): boolean {
  if (!enabled || pid === undefined || cpuCount < 2) return false;
  if (hasTaskset === undefined) {
    try {
      execFileSync('taskset', ['-V'], { stdio: 'ignore' });
      hasTaskset = true;
    } catch {
      hasTaskset = false;
    }
  }
  if (!hasTaskset) return false;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const SERVER_CPUS = '0';
export const LOAD_CPUS = cpuCount > 2 ? `1-${cpuCount - 1}` : '1';

let clockTicks: number | undefined;

/** CPU time (user + system, µs) and RSS of a process from /proc: needs nothing from its event loop. */
export function procUsage(pid: number | undefined): { cpuMicros: number; rssBytes: number } | undefined {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return { cpuMicros: (ticks / clockTicks) * 1e6, rssBytes: rssKb * 1024 };
  } catch {
    return undefined;
  }
}

/** Busy time of all CPUs together (/proc/stat), µs. */
export function machineBusyMicros(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return ((total - fields[3]! - fields[4]!) / clockTicks) * 1e6;
  } catch {
    return undefined;
  }
}

/** The next IPC message matching `accept`, or a rejection after the deadline or an exit (both benchmarks). */
export function nextMessage<T>(child: ChildProcess, accept: (message: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: unknown) => {
      const m = message as T & { type?: string; message?: string };
      if (m.type === 'error') {
        cleanup();
        reject(new Error(`${what}: ${m.message}`));
      } else if (accept(m)) {
        cleanup();
        resolve(m);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`${what}: process exited (${code})`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${what}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
