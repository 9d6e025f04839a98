import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { chooseEncoding, type ContentEncoding } from './content-encoding';

/**
 * Serves Next's build output under `/_next/static/` (content-hashed, never changed while the
 * server runs) from memory, each file compressed once. Next's own handler compresses every
 * response again on the fly: ~10 ms of the one event loop for React DOM's chunk (229 KB), at
 * least 11-13 ms of CPU for each phone that opens the join link cold (`npm run bench:pages`,
 * `staticServing`), which a classroom does all at once, during a live game. Here gzip (level 9) and Brotli are made once per file on the
 * thread pool (off the event loop), at startup (`warm`) or on the first request.
 *
 * Anything else (a file not in the build, another path) is left to Next (`serve` resolves
 * false), so its 404s and its dev server are unchanged.
 */
export interface StaticAssets {
  /** Answers the request if it is for a file of the build; false to leave it to the next handler. */
  serve(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Compresses every compressible file ahead of the first request; resolves when done. */
  warm(): Promise<void>;
}

export const STATIC_PREFIX = '/_next/static/';

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.mjs': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.map': 'application/json; charset=UTF-8',
  '.txt': 'text/plain; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
};
/** Text types worth compressing; fonts and images are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg']);
/** Below this, compression saves less than a packet. */
const MIN_COMPRESS_BYTES = 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

interface Asset {
  raw: Buffer;
  type: string;
  compressible: boolean;
  etag: string;
  lastModified: string;
  /** Each compressed form, once made; null if compressing failed (then it goes out as is). */
  encoded: Partial<Record<Exclude<ContentEncoding, 'identity'>, Promise<Buffer | null>>>;
}

export function createStaticAssets(staticDir: string): StaticAssets {
  const root = resolve(staticDir);
  // Only files that exist in the build are kept (misses are not cached), so memory is bounded
  // by the build's size (~1.5 MB raw, ~0.8 MB more compressed).
  const assets = new Map<string, Promise<Asset | null>>();

  const load = (file: string): Promise<Asset | null> => {
    let asset = assets.get(file);
    if (!asset) {
      asset = readAsset(file);
      assets.set(file, asset);
      // A file that is not there (or not readable) is looked up again next time.
      void asset.then((a) => {
        if (!a) assets.delete(file);
      });
    }
    return asset;
  };

  return {
    async serve(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const file = fileOf(root, req.url);
      if (!file) return false;
      const asset = await load(file);
      if (!asset) return false;
      const encoding = asset.compressible ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
      const headers: Record<string, string> = {
        'cache-control': IMMUTABLE,
        'content-type': asset.type,
        etag: asset.etag,
        'last-modified': asset.lastModified,
      };
      if (asset.compressible) headers.vary = 'Accept-Encoding';
      if (etagMatches(req.headers['if-none-match'], asset.etag)) {
        res.writeHead(304, headers).end();
        return true;
      }
      const compressed = encoding === 'identity' ? null : await encoded(asset, encoding);
      const body = compressed ?? asset.raw;
      if (compressed) headers['content-encoding'] = encoding;
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
    async warm() {
      const files = await listFiles(root);
      for (const file of files) {
        const asset = await load(file);
        if (!asset?.compressible) continue;
        await encoded(asset, 'gzip');
        await encoded(asset, 'br');
      }
    },
  };
}

/** The file under `root` a request URL names, or null when it names none (or tries to leave it). */
export function fileOf(root: string, url: string | undefined): string | null {
  if (!url) return null;
  const pathname = url.split('?', 1)[0]!;
  if (!pathname.startsWith(STATIC_PREFIX)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(STATIC_PREFIX.length));
  } catch {
    return null;
  }
  if (relative === '' || relative.includes('\0')) return null;
  const file = resolve(root, relative);
  return file.startsWith(root + sep) ? file : null;
}

async function readAsset(file: string): Promise<Asset | null> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    const raw = await readFile(file);
    const extension = extname(file).toLowerCase();
    return {
      raw,
      type: TYPES[extension] ?? 'application/octet-stream',
      compressible: COMPRESSIBLE.has(extension) && raw.length >= MIN_COMPRESS_BYTES,
      // From the bytes, so every node behind a balancer gives a file the same tag; weak, as
      // it names the file in all its encodings.
      etag: `W/"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
      lastModified: info.mtime.toUTCString(),
      encoded: {},
    };
  } catch {
    return null;
  }
}

function encoded(asset: Asset, encoding: Exclude<ContentEncoding, 'identity'>): Promise<Buffer | null> {
  let body = asset.encoded[encoding];
  if (!body) {
    const compressing =
      encoding === 'br'
        ? brotliAsync(asset.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: asset.raw.length } })
        : gzipAsync(asset.raw, { level: 9 });
    // Should compression ever fail, the file goes out uncompressed rather than not at all.
    body = compressing.catch(() => null);
    asset.encoded[encoding] = body;
  }
  return body;
}

/** Whether an If-None-Match header names this (weak) tag; weak comparison, as RFC 9110 asks for it. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : Promise.resolve(e.isFile() ? [join(dir, e.name)] : []))));
  return nested.flat();
}
