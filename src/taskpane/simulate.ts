import { whereaboutsView } from '../app/follow';
import { planSheets, runScenarios, summarizePlan, type Progress } from '../app/planner';
import type { SimulationOutcome, SimulationRequest } from './simulation';

/** What the worker does with a request: simulate, lay out the sheets, say where the people followed are. */
export function simulateRequest(r: SimulationRequest, progress?: Progress): SimulationOutcome {
  if (r.input.staffing === null) throw new Error('the input tables have blocking problems');
  const plan = runScenarios(r.input.staffing, r.scenarios, r.startMonth, progress, r.lang);
  const sheets = planSheets(plan, {
    lang: r.lang, runDate: r.runDate, ranAt: r.ranAt, input: r.input, scenarios: r.scenarios, comparisonOnly: r.comparisonOnly,
    ...(r.timeline ? { timeline: r.timeline } : {}), ...(r.follow ? { follow: r.follow } : {}),
  });
  const whereabouts = r.follow && r.follow.length > 0 ? whereaboutsView(plan, r.input.staffing, r.follow, r.lang) : null;
  return { summary: summarizePlan(plan), sheets, whereabouts };
}
