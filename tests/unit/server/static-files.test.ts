import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../../server/http/content-encoding';
import { fileOf } from '../../../server/http/static-assets';

describe('choosing the encoding of a static file', () => {
  it('gives Brotli to a client that takes it, gzip to one that takes only gzip (browsers on plain HTTP away from localhost)', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBe('identity');
  });

  it('follows q-values, and q=0 refuses an encoding', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBe('identity');
    expect(chooseEncoding('GZIP;Q=1')).toBe('gzip');
    expect(chooseEncoding('gzip;q=nonsense')).toBe('identity');
  });

  it('reads * as any encoding not named', () => {
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('br;q=0, *')).toBe('gzip');
    expect(chooseEncoding('*;q=0, identity')).toBe('identity');
  });

  it('sends the file as is when the client names no encoding', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
    expect(chooseEncoding('identity')).toBe('identity');
  });
});

describe('the file a static URL names', () => {
  const root = '/srv/app/.next/static';

  it('is under the static folder, without the query', () => {
    expect(fileOf(root, '/_next/static/chunks/abc.js')).toBe('/srv/app/.next/static/chunks/abc.js');
    expect(fileOf(root, '/_next/static/chunks/abc.js?v=2')).toBe('/srv/app/.next/static/chunks/abc.js');
    expect(fileOf(root, '/_next/static/media/a%20b.woff2')).toBe('/srv/app/.next/static/media/a b.woff2');
  });

  it('is none for other paths, for the folder itself and for anything leaving it', () => {
    expect(fileOf(root, '/en/play/ABC123')).toBeNull();
    expect(fileOf(root, '/_next/image?url=x')).toBeNull();
    expect(fileOf(root, '/_next/static/')).toBeNull();
    expect(fileOf(root, '/_next/static/../../package.json')).toBeNull();
    expect(fileOf(root, '/_next/static/%2e%2e/%2e%2e/package.json')).toBeNull();
    expect(fileOf(root, '/_next/static/..%2f..%2fpackage.json')).toBeNull();
    expect(fileOf(root, '/_next/static/chunks/%00.js')).toBeNull();
    expect(fileOf(root, '/_next/static/%E0%A4%A')).toBeNull();
    expect(fileOf(root, undefined)).toBeNull();
  });
});
