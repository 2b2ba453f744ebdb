/**
 * Distances between units from a coordinates column: 'lat, lon' in decimal degrees, as a map copies them
 * ("18.3430, 105.9057"), or with decimal commas separated by a semicolon ("18,3430; 105,9057").
 */

export type LatLon = readonly [number, number];

export function parseCoordinates(value: unknown): LatLon | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const parts = text.includes(';') ? text.split(';').map((x) => x.trim().replace(',', '.')) : text.split(/\s*,\s*|\s+/);
  if (parts.length !== 2 || !parts.every((x) => /^-?\d+(\.\d+)?$/.test(x))) return null;
  const [lat, lon] = parts.map(Number);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lat, lon] : null;
}

/** Great-circle distance in kilometres, rounded to 0.1 km: straight-line, not by road. */
export function kilometres(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h))) * 10) / 10;
}
