/**
 * An immutable map by id (a question's answers by player id, the roster of a session),
 * whose `with` copies only one small bucket and the two short arrays above it, not every
 * entry so far: with plain objects, an answer burst of n players copied n^2 / 2 records per
 * question (at 2,000 players most of the server's time; at 5,000 seconds per question).
 * Two levels of FANOUT (32 groups of 32 buckets): with one level of 64 buckets, each join
 * of a 10,000-player storm still copied a bucket of ~150 players, twice (the roster and its
 * nicknames); 32 x 32 copies as many slots per change as 64 did and a bucket of one or two
 * entries at 2,000 players.
 *
 * A bucket is an array of ids and values, not an object keyed by id: V8 gives every object
 * a hidden class by its keys, so each new player id made a new hidden class and descriptor
 * array, which V8 allocates in the old generation: at 2,000 players ~39 MB of the garbage
 * one major collection of a game found (bench/README.md, fifth round).
 *
 * Equal contents make equal books (the bucket of an id depends only on the id, a bucket
 * keeps its ids in ascending order, and an empty bucket or group is always the shared empty
 * one), and JSON.stringify gives the plain `{ [playerId]: record }` object.
 */
const FANOUT_BITS = 5;
const FANOUT = 1 << FANOUT_BITS;

/** FNV-1a over the UTF-16 code units; the low FANOUT_BITS pick the group, the next ones the bucket. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const groupOf = (hash: number): number => hash & (FANOUT - 1);
const bucketOf = (hash: number): number => (hash >>> FANOUT_BITS) & (FANOUT - 1);

/** Ids in ascending order, each followed by its value: [id0, value0, id1, value1, ...]. */
type Bucket = readonly unknown[];
type Group = readonly Bucket[];

const EMPTY_BUCKET: Bucket = Object.freeze([]);
const EMPTY_GROUP: Group = Object.freeze(Array.from({ length: FANOUT }, () => EMPTY_BUCKET));
const EMPTY_GROUPS: readonly Group[] = Object.freeze(Array.from({ length: FANOUT }, () => EMPTY_GROUP));

/** Where `id` is in `bucket` (an even index), or where it would go, as -(index + 1). */
function find(bucket: Bucket, id: string): number {
  for (let i = 0; i < bucket.length; i += 2) {
    const at = bucket[i] as string;
    if (at === id) return i;
    if (at > id) return -(i + 1);
  }
  return -(bucket.length + 1);
}

/** `bucket` with `id` set to `value`, as a new array; `i` is `find(bucket, id)`, which callers already have. */
function withEntry(bucket: Bucket, i: number, id: string, value: unknown): unknown[] {
  const next = bucket.slice();
  if (i >= 0) next[i + 1] = value;
  else next.splice(-i - 1, 0, id, value);
  return next;
}

/** Outside the class, so JSON.stringify of a book stays its plain answers object. */
const lookups = new WeakMap<IdBook<unknown>, ReadonlyMap<string, unknown>>();

export class IdBook<T> {
  private constructor(
    private readonly groups: readonly Group[],
    /** Answers in the book. */
    readonly size: number,
  ) {}

  static empty<T>(): IdBook<T> {
    return new IdBook<T>(EMPTY_GROUPS, 0);
  }

  static from<T>(entries: Iterable<[string, T]>): IdBook<T> {
    const groups = EMPTY_GROUPS.slice();
    let size = 0;
    for (const [id, value] of entries) {
      const hash = hashOf(id);
      const g = groupOf(hash);
      const b = bucketOf(hash);
      // Groups are copied on first use, so untouched ones stay the shared empty one.
      let group = groups[g] as Bucket[];
      if (group === EMPTY_GROUP) groups[g] = group = group.slice();
      const bucket = group[b]!;
      const i = find(bucket, id);
      if (i < 0) size++;
      group[b] = withEntry(bucket, i, id, value);
    }
    return new IdBook(groups, size);
  }

  private bucket(id: string): Bucket {
    const hash = hashOf(id);
    return this.groups[groupOf(hash)]![bucketOf(hash)]!;
  }

  get(id: string): T | undefined {
    const bucket = this.bucket(id);
    const i = find(bucket, id);
    return i >= 0 ? (bucket[i + 1] as T) : undefined;
  }

  has(id: string): boolean {
    return find(this.bucket(id), id) >= 0;
  }

  /** A new book with `id` set to `value`; this one is unchanged. */
  with(id: string, value: T): IdBook<T> {
    const hash = hashOf(id);
    const g = groupOf(hash);
    const b = bucketOf(hash);
    const bucket = this.groups[g]![b]!;
    const i = find(bucket, id);
    const group = this.groups[g]!.slice();
    group[b] = withEntry(bucket, i, id, value);
    const groups = this.groups.slice();
    groups[g] = group;
    return new IdBook(groups, this.size + (i >= 0 ? 0 : 1));
  }

  /** A new book with every value replaced by `map(value, id)`. */
  map(map: (value: T, id: string) => T): IdBook<T> {
    const groups = this.groups.map((group) =>
      group === EMPTY_GROUP
        ? group
        : group.map((bucket) => {
            if (bucket.length === 0) return bucket;
            const next = bucket.slice();
            for (let i = 0; i < next.length; i += 2) next[i + 1] = map(next[i + 1] as T, next[i] as string);
            return next;
          }),
    );
    return new IdBook(groups, this.size);
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
    const out: [string, T][] = [];
    for (const group of this.groups) {
      if (group === EMPTY_GROUP) continue;
      for (const bucket of group) for (let i = 0; i < bucket.length; i += 2) out.push([bucket[i] as string, bucket[i + 1] as T]);
    }
    return out;
  }

  values(): T[] {
    return this.entries().map(([, value]) => value);
  }

  toJSON(): Record<string, T> {
    return Object.fromEntries(this.entries());
  }
}

/** A question's answers by player id. */
export const AnswerBook = IdBook;
export type AnswerBook<T> = IdBook<T>;
