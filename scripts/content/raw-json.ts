/**
 * Reading JSON that has not passed the schema: the content checks look at
 * raw files, so that they still run on a file the schema rejected and an
 * editor sees every problem of a file at once.
 */

/** `value[key]` when `value` is an object, else undefined. */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Reflect.get(value, key) : undefined;
}

/** `value`'s items when it is an array, else none. */
export function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
