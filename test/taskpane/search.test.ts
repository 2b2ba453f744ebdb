import { foldText } from '../../src/domain/text';
import { searchEntries, type SearchEntry } from '../../src/taskpane/search';

const entry = (id: string, name: string, more = ''): SearchEntry<string> => ({ id, name, value: id, key: foldText(`${id} ${name} ${more}`) });

test('a picker ranks the id typed, then the full name as typed, accents aside, then names starting so', () => {
  const people = [
    entry('CB3', 'Nguyễn Lê Văn An'), entry('CB1', 'Lê Văn Anh'), entry('CB2', 'Lê Văn An'), entry('CB4', 'Le Van An'),
    entry('CB5', 'Trần Thị Hoa', 'Lê Văn An Chuyên viên'),
  ];
  expect(searchEntries(people, 'Lê Văn An').map((e) => e.id)).toEqual(['CB2', 'CB4', 'CB1', 'CB3', 'CB5']);
  expect(searchEntries(people, 'le van an').map((e) => e.id)).toEqual(['CB4', 'CB2', 'CB1', 'CB3', 'CB5']);
  expect(searchEntries(people, 'Le Van An').map((e) => e.id)).toEqual(['CB4', 'CB2', 'CB1', 'CB3', 'CB5']);
  expect(searchEntries(people, 'cb1').map((e) => e.id)).toEqual(['CB1']);
  expect(searchEntries(people, '  ')).toEqual([]);
  expect(searchEntries(people, 'hoa lê').map((e) => e.id)).toEqual(['CB5']);
});

test('the full name as typed ranks first whatever its tone placement: "Thuý" is "Thúy"', () => {
  const people = [entry('CB1', 'Nguyễn Thị Thuy'), entry('CB2', 'Nguyễn Thị Thúy')];
  expect(searchEntries(people, 'Nguyễn Thị Thuý').map((e) => e.id)).toEqual(['CB2', 'CB1']);
});
