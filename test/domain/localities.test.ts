import type { Unit } from '../../src/domain/model';
import { parentLocalities } from '../../src/domain/localities';

const unit = (id: string, level: string, locality: string | null, parent: string | null): Unit => ({
  id, name: id, level, kind: null, locality, parent, quota: 1, deputyCap: null, extra: {},
});

describe('parentLocalities', () => {
  const units = [
    unit('T', 'Tỉnh', 'Hà Tĩnh', null),
    unit('T2', 'Tỉnh', 'Hà Tĩnh', 'T'),
    unit('H1', 'Huyện', 'Đức Thọ', 'T'),
    unit('H1b', 'Huyện', 'Đức Thọ', 'H1'),
    unit('H2', 'Huyện', 'Can Lộc', 'T'),
    unit('X1', 'Xã', 'Tùng Ảnh', 'H1'),
    unit('X1b', 'Xã', 'Tùng Ảnh', 'X1'),
    unit('X2', 'Xã', 'Đức Lạc', 'H1b'),
    unit('X3', 'Xã', 'Thiên Lộc', 'H2'),
    unit('X4', 'Xã', 'Xã lẻ', null),
    unit('N', 'Xã', null, 'H1'),
  ];

  it('rolls each commune into the district its bodies report to', () => {
    const parents = parentLocalities(units);
    expect(parents.get('Tùng Ảnh')).toBe('Đức Thọ');
    expect(parents.get('Đức Lạc')).toBe('Đức Thọ');
    expect(parents.get('Thiên Lộc')).toBe('Can Lộc');
  });

  it('keeps a district and the province as they are: others report to them', () => {
    const parents = parentLocalities(units);
    expect(parents.get('Đức Thọ')).toBe('Đức Thọ');
    expect(parents.get('Can Lộc')).toBe('Can Lộc');
    expect(parents.get('Hà Tĩnh')).toBe('Hà Tĩnh');
  });

  it('keeps a locality whose units report to no other locality, and names every locality once', () => {
    const parents = parentLocalities(units);
    expect(parents.get('Xã lẻ')).toBe('Xã lẻ');
    expect([...parents.keys()].sort()).toEqual(['Can Lộc', 'Hà Tĩnh', 'Thiên Lộc', 'Tùng Ảnh', 'Xã lẻ', 'Đức Lạc', 'Đức Thọ'].sort());
  });

  it('follows the majority of a locality\'s units', () => {
    const split = [...units, unit('X1c', 'Xã', 'Tùng Ảnh', 'H2'), unit('X1d', 'Xã', 'Tùng Ảnh', 'H2')];
    expect(parentLocalities(split).get('Tùng Ảnh')).toBe('Can Lộc');
  });
});
