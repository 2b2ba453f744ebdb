/**
 * Plain objects keyed by what planners write: levels, localities, column headers, field names. A key
 * such as "constructor", "toString" or "__proto__" is an ordinary key there: reading one never reaches
 * Object.prototype (`record.constructor` is a function), and writing "__proto__" makes an own property
 * instead of changing the object's prototype, which would lose the value.
 */

/** The record's own value for the key, or undefined. */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets the record's own property, whatever the key ("__proto__" included). */
export function putOwn<V>(record: Record<string, V>, key: string, value: V): void {
  // Only "__proto__" is an accessor of Object.prototype: any other key assigned becomes an own
  // property (assigning is several times faster than defining, and this runs for every cell read).
  if (key === '__proto__') Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}
