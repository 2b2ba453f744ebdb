/** Months as planners type them (MM/YYYY; 'YYYY-MM', 'M/YYYY', 'MM-YYYY' understood) and as the pane shows them. */

export function parseMonthText(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  const planner = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : planner ? [Number(planner[2]), Number(planner[1])] : [NaN, NaN];
  if (!Number.isInteger(year) || month < 1 || month > 12 || year < 1900 || year > 2199) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function monthDisplay(value: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m ? `${m[2]}/${m[1]}` : value;
}
