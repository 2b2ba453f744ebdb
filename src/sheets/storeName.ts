/** The very hidden sheet holding the scenario store (a module of its own: readers need nothing else of names.ts). */
export const STORE_SHEET_NAME = '_staffing_planner';
