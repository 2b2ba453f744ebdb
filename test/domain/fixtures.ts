import type { Gender, Person, Role, Staffing, Unit } from '../../src/domain/model';
import { monthOf } from '../../src/domain/month';
import { inferRole } from '../../src/domain/roles';

/** Compact literals for small staffing tables. */
export function unit(id: string, quota: number, more: Partial<Unit> = {}): Unit {
  return {
    id, name: more.name ?? `Unit ${id}`, level: more.level ?? 'Xã', kind: more.kind ?? null,
    locality: more.locality ?? null, parent: more.parent ?? null, quota, deputyCap: more.deputyCap ?? null,
    extra: more.extra ?? {},
  };
}

/** born: 'YYYY-MM' or null. */
export function person(
  id: string, unitId: string, title: string,
  more: { born?: string | null; gender?: Gender | null; role?: Role; extra?: Person['extra']; concurrent?: string[] } = {},
): Person {
  const born = more.born === undefined ? '1985-06' : more.born;
  const [y, m] = born === null ? [0, 0] : born.split('-').map(Number);
  return {
    id, name: `Person ${id}`, birthDate: born === null ? null : `${born}-15`,
    birthMonth: born === null ? null : monthOf(y, m), gender: more.gender === undefined ? 'M' : more.gender,
    unitId, title, role: more.role ?? inferRole(title), concurrentTitles: more.concurrent ?? [], extra: more.extra ?? {},
  };
}

export function staffing(units: readonly Unit[], people: readonly Person[]): Staffing {
  return { units, people };
}
