/**
 * Completed executions' durations kept as a log-scale histogram per workflow and hour: bin i holds durations in
 * [1.15^i - 1, 1.15^(i+1) - 1) ms, the last bin everything longer (about 16 hours and more). Histograms add
 * elementwise, so a window's p95 comes from its hours' sum without reading any execution, within 7.5%.
 */
export const DURATION_BINS = 128;
const BASE = 1.15;

export function durationBin(ms: number): number {
  return Math.min(DURATION_BINS - 1, Math.max(0, Math.floor(Math.log(Math.max(0, ms) + 1) / Math.log(BASE))));
}

/** A histogram holding `count` (±) at one duration: what an upsert adds. */
export function histogramOf(ms: number | null, count = 1): number[] {
  const bins = new Array<number>(DURATION_BINS).fill(0);
  if (ms !== null) bins[durationBin(ms)] = count;
  return bins;
}

/** The duration under which `q` of the histogram's executions fell (the middle of its bin), or null when empty. */
export function quantileOf(bins: number[], q: number): number | null {
  const total = bins.reduce((n, b) => n + b, 0);
  if (!total) return null;
  let seen = 0;
  for (let i = 0; i < bins.length; i++) {
    seen += bins[i];
    if (seen >= q * total) return Math.round(Math.pow(BASE, i + 0.5) - 1);
  }
  return null;
}
