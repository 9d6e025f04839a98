/**
 * An immutable map by id (a question's answers by player id, the roster of a session),
 * whose `with` copies only one of
 * BUCKETS small buckets (and the bucket list), not every answer so far: with plain objects,
 * an answer burst of n players copied n^2 / 2 records per question (at 2,000 players most of
 * the server's time; at 5,000 seconds per question).
 *
 * Equal contents make equal books (the bucket of an id depends only on the id), and
 * JSON.stringify gives the plain `{ [playerId]: record }` object.
 */
const BUCKETS = 64;

function bucketOf(id: string): number {
  // FNV-1a over the UTF-16 code units.
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

const EMPTY_BUCKETS: readonly Readonly<Record<string, unknown>>[] = Object.freeze(Array.from({ length: BUCKETS }, () => Object.freeze({})));

/** Outside the class, so JSON.stringify of a book stays its plain answers object. */
const lookups = new WeakMap<IdBook<unknown>, ReadonlyMap<string, unknown>>();

export class IdBook<T> {
  private constructor(
    private readonly buckets: readonly Readonly<Record<string, T>>[],
    /** Answers in the book. */
    readonly size: number,
  ) {}

  static empty<T>(): IdBook<T> {
    return new IdBook<T>(EMPTY_BUCKETS as readonly Readonly<Record<string, T>>[], 0);
  }

  static from<T>(entries: Iterable<[string, T]>): IdBook<T> {
    const buckets = Array.from({ length: BUCKETS }, () => ({}) as Record<string, T>);
    let size = 0;
    for (const [id, value] of entries) {
      const bucket = buckets[bucketOf(id)]!;
      if (!Object.hasOwn(bucket, id)) size++;
      bucket[id] = value;
    }
    return new IdBook(buckets, size);
  }

  get(id: string): T | undefined {
    const bucket = this.buckets[bucketOf(id)]!;
    return Object.hasOwn(bucket, id) ? bucket[id] : undefined;
  }

  has(id: string): boolean {
    return Object.hasOwn(this.buckets[bucketOf(id)]!, id);
  }

  /** A new book with `id` set to `value`; this one is unchanged. */
  with(id: string, value: T): IdBook<T> {
    const index = bucketOf(id);
    const bucket = this.buckets[index]!;
    const buckets = this.buckets.slice();
    buckets[index] = { ...bucket, [id]: value };
    return new IdBook(buckets, this.size + (Object.hasOwn(bucket, id) ? 0 : 1));
  }

  /** A new book with every value replaced by `map(value, id)`. */
  map(map: (value: T, id: string) => T): IdBook<T> {
    const buckets = this.buckets.map((bucket) => {
      const next: Record<string, T> = {};
      for (const [id, value] of Object.entries(bucket)) next[id] = map(value, id);
      return next;
    });
    return new IdBook(buckets, this.size);
  }

  /**
   * The answers as a Map, built once per book (books never change): a host view asks about
   * every player of the room, and a Map lookup is several times cheaper than hashing the
   * id to its bucket each time.
   */
  lookup(): ReadonlyMap<string, T> {
    let map = lookups.get(this) as Map<string, T> | undefined;
    if (!map) {
      map = new Map(this.entries());
      lookups.set(this, map);
    }
    return map;
  }

  entries(): [string, T][] {
    return this.buckets.flatMap((bucket) => Object.entries(bucket));
  }

  values(): T[] {
    return this.buckets.flatMap((bucket) => Object.values(bucket));
  }

  toJSON(): Record<string, T> {
    return Object.fromEntries(this.entries());
  }
}

/** A question's answers by player id. */
export const AnswerBook = IdBook;
export type AnswerBook<T> = IdBook<T>;
