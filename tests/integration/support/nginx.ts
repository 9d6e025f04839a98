import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './processes';

/*
 * nginx in front of test nodes, configured by the shipped deploy/nginx/stackhouse.conf: the
 * renderer swaps only its `listen` port and the `server` lines of its upstream, and wraps it
 * in what an nginx of its own in a temporary prefix needs. So the tests exercise the file
 * operators install, and a change to it that the renderer no longer understands fails here.
 */

/** The shipped example config (http context). */
export const SHIPPED_NGINX_CONF = fileURLToPath(new URL('../../../deploy/nginx/stackhouse.conf', import.meta.url));

const UPSTREAM_BLOCK = /^upstream\s+stackhouse_nodes\s*\{\n([\s\S]*?)^\}/m;
const UPSTREAM_SERVER = /^(\s*)server\s+(\S+)([^;]*);[^\n]*\n/gm;
const LISTEN = /^(\s*)listen\s+80;$/gm;

export interface NginxConfigOptions {
  /** The port nginx listens on, on 127.0.0.1. */
  listenPort: number;
  /** The nodes, as host:port. */
  upstreams: readonly string[];
  /** An existing directory for nginx's pid, logs and temporary files. */
  prefixDir: string;
  /** The http-context config to render; the shipped one by default. */
  template?: string;
}

/** A complete nginx.conf: the shipped file with the given port and nodes, run from prefixDir. */
export function renderNginxConfig({ listenPort, upstreams, prefixDir, template = readFileSync(SHIPPED_NGINX_CONF, 'utf8') }: NginxConfigOptions): string {
  if (upstreams.length === 0) throw new Error('renderNginxConfig: no upstreams');
  const listens = template.match(LISTEN) ?? [];
  if (listens.length !== 1) throw new Error(`renderNginxConfig: expected one "listen 80;" line in the template, found ${listens.length}`);
  const block = UPSTREAM_BLOCK.exec(template);
  if (!block) throw new Error('renderNginxConfig: no "upstream stackhouse_nodes { ... }" block at the start of a line in the template');
  const servers = [...block[1]!.matchAll(UPSTREAM_SERVER)];
  if (servers.length === 0) throw new Error('renderNginxConfig: the upstream block has no "server host:port ...;" lines');
  // Every node gets the parameters (max_fails, fail_timeout) of the template's first one.
  const [, indent, , parameters] = servers[0]!;
  const ours = upstreams.map((address) => `${indent}server ${address}${parameters};\n`).join('');
  let first = true;
  const body = block[1]!.replace(UPSTREAM_SERVER, () => (first ? ((first = false), ours) : ''));
  const http = template
    .replace(block[0], () => block[0].replace(block[1]!, () => body))
    .replace(LISTEN, (_line, lead: string) => `${lead}listen 127.0.0.1:${listenPort};`);

  const p = (name: string) => path.join(prefixDir, name);
  return [
    '# Rendered by tests/integration/support/nginx.ts from deploy/nginx/stackhouse.conf.',
    'daemon off;',
    'worker_processes 1;',
    `pid ${p('nginx.pid')};`,
    `error_log ${p('error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '    access_log off;',
    // Everything nginx would otherwise write under /var/lib/nginx goes to the prefix.
    `    client_body_temp_path ${p('client_body')};`,
    `    proxy_temp_path ${p('proxy')};`,
    `    fastcgi_temp_path ${p('fastcgi')};`,
    `    uwsgi_temp_path ${p('uwsgi')};`,
    `    scgi_temp_path ${p('scgi')};`,
    '',
    http,
    '}',
    '',
  ].join('\n');
}

/** The nginx binary: /usr/sbin/nginx or the first on PATH; undefined when there is none. */
export function nginxBinary(): string | undefined {
  const dirs = ['/usr/sbin', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean)];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'nginx');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Whether an nginx binary is installed (the multi-node tests skip without one). */
export function nginxAvailable(): boolean {
  return nginxBinary() !== undefined;
}

export interface RunningNginx {
  /** The port it listens on, on 127.0.0.1. */
  port: number;
  /** Stops nginx (master and worker) and removes its prefix. */
  stop(): Promise<void>;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => (socket.destroy(), resolve(false)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts nginx with the shipped config in front of `upstreams` (host:port) on a free port. */
export async function startNginx({ upstreams }: { upstreams: readonly string[] }): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install -y --no-install-recommends nginx)');
  const prefixDir = mkdtempSync(path.join(os.tmpdir(), 'stackhouse-nginx-'));
  // Run as root, nginx's worker runs as nobody and must reach its temporary directories.
  chmodSync(prefixDir, 0o755);
  const port = await freePort();
  const conf = path.join(prefixDir, 'nginx.conf');
  writeFileSync(conf, renderNginxConfig({ listenPort: port, upstreams, prefixDir }));
  const errorLog = () => (existsSync(path.join(prefixDir, 'error.log')) ? readFileSync(path.join(prefixDir, 'error.log'), 'utf8') : '');

  // A process group of its own, so that the worker goes too if the master must be killed.
  const child = spawn(binary, ['-p', prefixDir, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  // A test run that dies must not leave nginx behind.
  process.once('exit', killGroup);

  const deadline = Date.now() + 10_000;
  while (!(await portAnswers(port))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      killGroup();
      const why = `${stderr}${errorLog()}`.trim();
      rmSync(prefixDir, { recursive: true, force: true });
      throw new Error(`nginx did not start on port ${port}: ${why || `exit ${child.exitCode ?? child.signalCode}`}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    port,
    async stop() {
      process.off('exit', killGroup);
      // SIGTERM: fast shutdown, the master stops its worker and exits.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(killGroup, 5_000);
      await exited(child);
      clearTimeout(timer);
      rmSync(prefixDir, { recursive: true, force: true });
    },
  };
}
