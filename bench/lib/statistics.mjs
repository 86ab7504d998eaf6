/** Small statistics helpers for the benchmarks: every figure the bench reports is a median. */

/** The value at quantile `q` (0–1) of `values`, linearly interpolated. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** The median of `values`. */
export function median(values) {
  return quantile(values, 0.5);
}

/** Median and interquartile range of `values`. */
export function summarize(values) {
  return { median: median(values), p25: quantile(values, 0.25), p75: quantile(values, 0.75), count: values.length };
}
