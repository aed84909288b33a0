// The standing's thresholds (./metrics.ts decides the standing with them): a module of their
// own, so that the inbox's header, which states them, does not bring the metrics' computation
// into the inbox's first view.

/** The standing rules, as fractions (0.85 = 85 %). */
export const STANDING_THRESHOLDS = {
  /** Good needs CSAT strictly above this... */
  goodCsatAbove: 0.85,
  /** ...and a delayed-response rate strictly below this. */
  goodDelayedBelow: 0.05,
  /** At risk when the delayed-response rate is strictly above this... */
  atRiskDelayedAbove: 0.45,
  /** ...or CSAT strictly below this. */
  atRiskCsatBelow: 0.6,
} as const;
