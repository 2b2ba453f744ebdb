import { mappingInput } from '../../src/tables/staffing';

describe('a mapping remembered in the workbook is taken leniently', () => {
  test('a well-formed mapping is kept', () => {
    const raw = { units: { sheet: 'Đơn vị', headerRows: [1], columns: { unitId: 1, quota: 8 }, extra: [] }, people: null };
    expect(mappingInput(raw)).toEqual({ units: { sheet: 'Đơn vị', headerRows: [1], columns: { unitId: 1, quota: 8 } }, people: null });
  });

  test.each([
    ['no header rows', { units: { sheet: 'Đơn vị' } }],
    ['header rows not numbers', { units: { sheet: 'Đơn vị', headerRows: ['1'] } }],
    ['a sheet that is not text', { units: { sheet: 3, headerRows: [1] } }],
    ['not an object at all', 'units'],
    ['null', null],
  ])('%s: the table is detected again from its header instead', (_, raw) => {
    expect(mappingInput(raw).units ?? null).toBeNull();
  });

  test('columns that are not whole positive numbers are dropped, the rest kept', () => {
    const raw = { people: { sheet: 'Cán bộ', headerRows: [2, 3], columns: { fullName: 3, title: 'G', unitRef: -1, gender: 4.5 } } };
    expect(mappingInput(raw).people).toEqual({ sheet: 'Cán bộ', headerRows: [2, 3], columns: { fullName: 3 } });
  });

  test('a field named "__proto__" stays an ordinary key and changes no prototype', () => {
    const raw = JSON.parse('{"people":{"sheet":"Cán bộ","headerRows":[1],"columns":{"fullName":1,"__proto__":2,"constructor":3}}}');
    const columns = mappingInput(raw).people?.columns as Record<string, number>;
    expect(Object.getPrototypeOf(columns)).toBe(Object.prototype);
    expect(Object.keys(columns)).toEqual(['fullName', '__proto__', 'constructor']);
  });
});
