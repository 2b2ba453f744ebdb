import loadHighs from 'highs';
import { highsSolver } from '../../src/app/solver';
import { suggestPlan } from '../../src/app/suggest';
import { generateTwoLevelProvince, toStaffing } from '../../src/sample';
import { COMMUNE_OFFICE_KINDS } from '../../src/sample/twoLevelUnits';

const solver = highsSolver(() => loadHighs());

test('a plan for the two-level sample', async () => {
  const p = generateTwoLevelProvince({ startMonth: '2026-01' });
  const s = toStaffing(p);
  const started = Date.now();
  const out = await suggestPlan(s, {
    from: [{ field: 'kind', op: 'in', value: COMMUNE_OFFICE_KINDS }], to: [{ field: 'kind', op: 'in', value: COMMUNE_OFFICE_KINDS }],
    constraints: { prefer: 'Huyện cũ', specialty: 'Vị trí việc làm' },
  }, '2026-01', solver, { lang: 'vi', runDate: '2026-11-29', code: 'DX' });
  console.log(Date.now() - started, out.summary, out.suggestion.size, out.suggestion.parts);
  console.log(out.scenario.operations.slice(0, 3).map((o) => o.note));
  console.log(out.unbalanced.slice(0, 5));
}, 60_000);
