/**
 * An immutable list that grows only at its end (a session's join order), whose `append`
 * does not copy the list. Each list is a prefix (`length`) of a backing array that later
 * lists may share: appending to the newest list of a line pushes onto the shared array,
 * which no older list reads past its own length; appending to an older list again (a
 * branch, rare) copies its prefix first. A join storm of n players copied n^2 / 2 ids
 * with plain arrays (10,000 joins: ~2 s of the reducer's time, mostly collecting the copies).
 *
 * Lists are never changed once made, so callers may key caches by identity, as with arrays.
 * JSON.stringify gives the plain array.
 */
export class AppendList<T> implements Iterable<T> {
  /** Private fields, so equality checks (and JSON) see the elements and the length only. */
  readonly #items: T[];
  /** `toArray()`'s answer, once asked. */
  #array: readonly T[] | undefined;
  readonly length: number;

  private constructor(items: T[], length: number) {
    this.#items = items;
    this.length = length;
  }

  static empty<T>(): AppendList<T> {
    return new AppendList<T>([], 0);
  }

  static from<T>(items: Iterable<T>): AppendList<T> {
    const copy = [...items];
    return new AppendList(copy, copy.length);
  }

  /** A list one longer; this one is unchanged. */
  append(item: T): AppendList<T> {
    // The backing array is only ever longer than this list when another list was appended
    // to this one already; then this line branches and gets its own array.
    const items = this.#items.length === this.length ? this.#items : this.#items.slice(0, this.length);
    items.push(item);
    return new AppendList(items, this.length + 1);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.#items[i]!;
  }

  /**
   * The list as a frozen array, made once per list (lists never change): for readers that
   * want array methods. Each call on a new list is a copy, so call it per batch of work, not
   * per element.
   */
  toArray(): readonly T[] {
    this.#array ??= Object.freeze(this.#items.slice(0, this.length));
    return this.#array;
  }

  map<U>(map: (item: T, index: number) => U): U[] {
    const out = new Array<U>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = map(this.#items[i]!, i);
    return out;
  }

  filter(keep: (item: T, index: number) => boolean): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) if (keep(this.#items[i]!, i)) out.push(this.#items[i]!);
    return out;
  }

  toJSON(): T[] {
    return this.#items.slice(0, this.length);
  }
}
