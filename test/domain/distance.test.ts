import { kilometres, parseCoordinates } from '../../src/domain/distance';

describe('coordinates and distances', () => {
  it('reads "lat, lon" as maps copy it, and decimal commas with a semicolon', () => {
    expect(parseCoordinates('18.3430, 105.9057')).toEqual([18.343, 105.9057]);
    expect(parseCoordinates(' 18,3430; 105,9057 ')).toEqual([18.343, 105.9057]);
    expect(parseCoordinates('18.343 105.9057')).toEqual([18.343, 105.9057]);
    for (const bad of ['', '18.3', 'Hà Tĩnh', '95, 105', '18, 105, 3', 18.3, null]) expect(parseCoordinates(bad)).toBeNull();
  });

  it('measures the great-circle distance: Hà Tĩnh to Hà Nội about 299 km; a tenth of a degree of latitude 11.1 km', () => {
    expect(kilometres([18.343, 105.9057], [21.0285, 105.8542])).toBeCloseTo(298.6, 0);
    expect(kilometres([18, 105], [18.1, 105])).toBe(11.1);
    expect(kilometres([18, 105], [18, 105])).toBe(0);
  });
});
