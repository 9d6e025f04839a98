/**
 * An immutable map by id (a question's answers by player id, the roster of a session),
 * whose `with` copies only one small bucket and the two short arrays above it, not every
 * entry so far: with plain objects, an answer burst of n players copied n^2 / 2 records per
 * question (at 2,000 players most of the server's time; at 5,000 seconds per question).
 * Two levels of FANOUT (32 groups of 32 buckets): with one level of 64 buckets, each join
 * of a 10,000-player storm still copied a bucket of ~150 players, twice (the roster and its
 * nicknames), most of what was left of the join's time; 32 x 32 copies as many slots per
 * change as 64 did (two arrays of 32) and a bucket of one or two entries at 2,000 players,
 * so answer bursts got cheaper too (64 x 64 made them dearer below ~5,000).
 *
 * Equal contents make equal books (the bucket of an id depends only on the id, and an empty
 * bucket or group is always the shared empty one), and JSON.stringify gives the plain
 * `{ [playerId]: record }` object.
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

type Bucket<T> = Readonly<Record<string, T>>;
type Group<T> = readonly Bucket<T>[];

const EMPTY_BUCKET: Bucket<unknown> = Object.freeze({});
const EMPTY_GROUP: Group<unknown> = Object.freeze(Array.from({ length: FANOUT }, () => EMPTY_BUCKET));
const EMPTY_GROUPS: readonly Group<unknown>[] = Object.freeze(Array.from({ length: FANOUT }, () => EMPTY_GROUP));

/** `bucket[id] = value`, except that an id of "__proto__" (a nickname's key) is a key too, not the prototype. */
function setOwn<T>(bucket: Record<string, T>, id: string, value: T): void {
  if (id === '__proto__') Object.defineProperty(bucket, id, { value, enumerable: true, writable: true, configurable: true });
  else bucket[id] = value;
}

/** Outside the class, so JSON.stringify of a book stays its plain answers object. */
const lookups = new WeakMap<IdBook<unknown>, ReadonlyMap<string, unknown>>();

export class IdBook<T> {
  private constructor(
    private readonly groups: readonly Group<T>[],
    /** Answers in the book. */
    readonly size: number,
  ) {}

  static empty<T>(): IdBook<T> {
    return new IdBook<T>(EMPTY_GROUPS as readonly Group<T>[], 0);
  }

  static from<T>(entries: Iterable<[string, T]>): IdBook<T> {
    const groups = (EMPTY_GROUPS as Group<T>[]).slice();
    let size = 0;
    for (const [id, value] of entries) {
      const hash = hashOf(id);
      const g = groupOf(hash);
      const b = bucketOf(hash);
      // Groups and buckets are made on first use, so untouched ones stay the shared empties.
      let group = groups[g] as Bucket<T>[];
      if (group === EMPTY_GROUP) groups[g] = group = group.slice();
      let bucket = group[b] as Record<string, T>;
      if (bucket === EMPTY_BUCKET) group[b] = bucket = {};
      if (!Object.hasOwn(bucket, id)) size++;
      setOwn(bucket, id, value);
    }
    return new IdBook(groups, size);
  }

  private bucket(hash: number): Bucket<T> {
    return this.groups[groupOf(hash)]![bucketOf(hash)]!;
  }

  get(id: string): T | undefined {
    const bucket = this.bucket(hashOf(id));
    return Object.hasOwn(bucket, id) ? bucket[id] : undefined;
  }

  has(id: string): boolean {
    return Object.hasOwn(this.bucket(hashOf(id)), id);
  }

  /** A new book with `id` set to `value`; this one is unchanged. */
  with(id: string, value: T): IdBook<T> {
    const hash = hashOf(id);
    const g = groupOf(hash);
    const b = bucketOf(hash);
    const bucket = this.groups[g]![b]!;
    const group = this.groups[g]!.slice();
    group[b] = { ...bucket, [id]: value };
    const groups = this.groups.slice();
    groups[g] = group;
    return new IdBook(groups, this.size + (Object.hasOwn(bucket, id) ? 0 : 1));
  }

  /** A new book with every value replaced by `map(value, id)`. */
  map(map: (value: T, id: string) => T): IdBook<T> {
    const groups = this.groups.map((group) =>
      group === EMPTY_GROUP
        ? group
        : group.map((bucket) => {
            if (bucket === EMPTY_BUCKET) return bucket;
            const next: Record<string, T> = {};
            for (const [id, value] of Object.entries(bucket)) setOwn(next, id, map(value, id));
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
      for (const bucket of group) for (const id in bucket) out.push([id, bucket[id]!]);
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
