import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticAssets } from '../../server/http/static-assets';

/**
 * The build's static files as a browser gets them, from a real HTTP server over a real
 * folder: compressed once in the encoding asked for, the same bytes after decompression,
 * cached for a year, revalidated with 304; anything else is left to the next handler (Next).
 */
let dir: string;
let server: Server;
let base: string;
let secret: string;
const script = Buffer.from(`/* a chunk */\n${'console.log("Stackhouse: a house and an apartment building");\n'.repeat(400)}`);
const font = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-'));
  mkdirSync(join(dir, 'chunks'));
  mkdirSync(join(dir, 'media'));
  writeFileSync(join(dir, 'chunks', 'app.js'), script);
  writeFileSync(join(dir, 'chunks', 'tiny.js'), 'x()');
  writeFileSync(join(dir, 'media', 'font.woff2'), font);
  // Beside the folder, with a name that starts like it: reachable only by leaving the folder.
  secret = `${dir.split('/').pop()}-secret.txt`;
  writeFileSync(join(dir, '..', secret), 'not to be served');
  const assets = createStaticAssets(dir);
  server = createServer((req, res) => {
    void assets.serve(req, res).then((served) => {
      if (!served) res.writeHead(404, { 'x-handled-by': 'next' }).end('left to Next');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dir, '..', secret), { force: true });
});

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files of the build', () => {
  it('go out gzip to a browser on plain HTTP and Brotli where it is taken, each the same file once decompressed', async () => {
    const gz = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate' });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gz.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(gz.body).equals(script)).toBe(true);

    const br = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(script)).toBe(true);

    const plain = await get('/_next/static/chunks/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(script)).toBe(true);
  });

  it('are cached for a year and revalidated by their tag, the same in every encoding', async () => {
    const first = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip' });
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' })).headers.etag).toBe(etag);
    const again = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get('/_next/static/chunks/app.js', { 'if-none-match': 'W/"another"' })).status).toBe(200);
  });

  it('leave small files and compressed types as they are, and answer HEAD without a body', async () => {
    const tiny = await get('/_next/static/chunks/tiny.js', { 'accept-encoding': 'gzip, br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('x()');
    const woff = await get('/_next/static/media/font.woff2', { 'accept-encoding': 'gzip, br' });
    expect(woff.headers['content-type']).toBe('font/woff2');
    expect(woff.headers['content-encoding']).toBeUndefined();
    expect(woff.body.equals(font)).toBe(true);
    const head = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('leave to Next what is not a file of the build: a missing chunk, a way out of the folder, a POST, other pages', async () => {
    for (const path of ['/_next/static/chunks/missing.js', `/_next/static/%2e%2e/${secret}`, `/_next/static/..%2f${secret}`, '/_next/static/chunks', '/en/join']) {
      const reply = await get(path, { 'accept-encoding': 'gzip' });
      expect(reply.headers['x-handled-by'], path).toBe('next');
    }
    expect((await get('/_next/static/chunks/app.js', {}, 'POST')).headers['x-handled-by']).toBe('next');
  });

  it('serves a file written after a miss (misses are not remembered)', async () => {
    expect((await get('/_next/static/chunks/later.js')).headers['x-handled-by']).toBe('next');
    writeFileSync(join(dir, 'chunks', 'later.js'), 'later()');
    const later = await get('/_next/static/chunks/later.js');
    expect(later.status).toBe(200);
    expect(later.body.toString()).toBe('later()');
  });
});
