/** The encodings the static files are served in, best first. */
export type ContentEncoding = 'br' | 'gzip' | 'identity';

const PREFERENCE: readonly ContentEncoding[] = ['br', 'gzip', 'identity'];

/**
 * The encoding to answer with, from a request's Accept-Encoding (RFC 9110 §12.5.3): the
 * highest q-value among br, gzip and identity, Brotli before gzip on a tie (it is smaller).
 * `*` stands for any encoding not named; `q=0` refuses one. No header means identity only
 * is sure to be understood; identity not named is acceptable, after the others. Browsers
 * send br over HTTPS and to localhost; over plain HTTP elsewhere they get gzip.
 */
export function chooseEncoding(header: string | string[] | undefined): ContentEncoding {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '') return 'identity';
  const q = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const [key, raw] = param.trim().split('=');
      if (key === 'q' && raw !== undefined) {
        const parsed = Number(raw);
        weight = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    q.set(name, weight);
  }
  // Unnamed, identity stays acceptable but comes last: a client that takes gzip at any q
  // gets gzip rather than the file as is.
  const weightOf = (encoding: ContentEncoding): number => q.get(encoding) ?? q.get('*') ?? (encoding === 'identity' ? Number.MIN_VALUE : 0);
  let best: ContentEncoding = 'identity';
  let bestWeight = 0;
  for (const encoding of PREFERENCE) {
    const weight = weightOf(encoding);
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  // Even "identity;q=0" with nothing else acceptable gets the file as is: better than a 406.
  return best;
}
