import { kilometres, parseCoordinates, type LatLon } from './distance';
import type { SimulationState } from './state';
import { normalizeText } from './text';

/**
 * The placement rules the solver's plans share: the same level, never across a unit field (`within`),
 * preferably not across another (`prefer`), and a distance from a coordinates column with a farthest
 * allowed. One place, so that moves, secondments and deputies' moves read them alike.
 */
export interface PlacementRules {
  readonly sameLevel?: boolean;
  readonly within?: string;
  readonly prefer?: string;
  readonly coordinates?: string;
  readonly maxKm?: number;
}

/** A destination allowed: its straight-line distance (with coordinates) and whether it crosses `prefer`. */
export interface Placement {
  readonly km: number | null;
  readonly across: boolean;
}

export interface Placements {
  /** A unit field's value as compared (normalised), or null when empty or no field is named. */
  field(u: number, name: string | undefined): string | null;
  /** The unit's seat from the coordinates column, or null. */
  seatOf(u: number): LatLon | null;
  /** The rules from one unit: for each destination, the placement, or null when a rule forbids it. */
  from(u: number): (to: number) => Placement | null;
}

export function placements(state: SimulationState, rules: PlacementRules): Placements {
  const sameLevel = rules.sameLevel ?? true;
  const seats = new Map<number, LatLon | null>();
  const field = (u: number, name: string | undefined): string | null => {
    if (name === undefined) return null;
    const v = state.unitField(u, name);
    return v === null || v === '' ? null : normalizeText(String(v));
  };
  const seatOf = (u: number): LatLon | null => {
    if (rules.coordinates === undefined) return null;
    let seat = seats.get(u);
    if (seat === undefined) {
      seat = parseCoordinates(state.unitField(u, rules.coordinates));
      seats.set(u, seat);
    }
    return seat;
  };
  return {
    field,
    seatOf,
    from(u) {
      const level = state.units[u].level;
      const within = field(u, rules.within);
      const prefer = field(u, rules.prefer);
      const seat = seatOf(u);
      return (to) => {
        if (sameLevel && state.units[to].level !== level) return null;
        if (rules.within !== undefined && (within === null || field(to, rules.within) !== within)) return null;
        const there = seatOf(to);
        const km = seat !== null && there !== null ? kilometres(seat, there) : null;
        if (rules.maxKm !== undefined && (km === null || km > rules.maxKm)) return null;
        return { km, across: rules.prefer !== undefined && (prefer === null || field(to, rules.prefer) !== prefer) };
      };
    },
  };
}
