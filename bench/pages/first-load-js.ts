import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

/*
 * First-load JS of a route, read from the production build (Next 16 no longer prints it):
 * the scripts every App Router page boots with (build-manifest.json `rootMainFiles`) plus
 * every chunk the route's client reference manifest lists for its segments (root and
 * locale layouts, error and not-found boundaries, the page), each gzipped and summed.
 */

/** gzip level 6: zlib's default, the one Next's `compress` (the `compression` package) sends with, so the figure compares with what the browser downloads. */
export const GZIP_LEVEL = 6;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstLoadJs {
  /** The app directory's route, e.g. `/[locale]/play/[code]`. */
  appRoute: string;
  chunks: ChunkSize[];
  bytes: number;
  gzipBytes: number;
}

/** Reads `<route>/page_client-reference-manifest.js` (a script assigning `globalThis.__RSC_MANIFEST`) without running the rest of Next. */
function clientManifest(nextDir: string, appRoute: string): { entryJSFiles: Record<string, string[]> } {
  const file = path.join(nextDir, 'server/app', appRoute, 'page_client-reference-manifest.js');
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[`${appRoute}/page`];
  if (!manifest) throw new Error(`no client reference manifest for ${appRoute} in ${file}`);
  return manifest;
}

/**
 * The JS a first visit to `appRoute` loads before it is interactive. `polyfillFiles` are
 * left out: Next loads them with `nomodule`, which no browser that runs modules fetches.
 */
export function firstLoadJs(nextDir: string, appRoute: string): FirstLoadJs {
  const build = JSON.parse(fs.readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const files = new Set<string>(build.rootMainFiles);
  for (const segmentFiles of Object.values(clientManifest(nextDir, appRoute).entryJSFiles)) for (const file of segmentFiles) files.add(file);
  const chunks = [...files].map((file) => {
    const content = fs.readFileSync(path.join(nextDir, file));
    return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: GZIP_LEVEL }).length };
  });
  return {
    appRoute,
    chunks,
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
  };
}
