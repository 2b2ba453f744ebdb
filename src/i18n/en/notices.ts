/**
 * The line put at the top of a scenario's sheets once their results no longer hold: the tables
 * changed since the run, or the scenario was edited. `{date}` is the run's day. A module of its own,
 * apart from the sheets' texts: the task pane puts these lines without carrying the rest.
 */
export interface StaleNoticeText {
  readonly outOfDate: string;
  readonly edited: string;
  /** On the people-followed sheet, when results are written again without it. */
  readonly followed: string;
}

export const staleNoticesEn: StaleNoticeText = {
  outOfDate: 'OUT OF DATE: the input tables changed after this run of {date}; run the scenario again',
  edited: 'OUT OF DATE: the scenario was edited after this run of {date}; run it again',
  followed: 'MAY BE OUT OF DATE: scenarios were run again on {date} without this sheet; follow the people again to write it anew',
};
