// Figures and the one-line result format every case prints.

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** "median M ms (a, b, c)": how the profile scripts print a series of starts. */
export function medianOf(values: readonly number[]): string {
  return `median ${median(values).toFixed(0)} ms (${values.map((ms) => ms.toFixed(0)).join(', ')})`;
}

/** Nearest-rank percentile (p in 0..100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Result {
  name: string;
  ours: number;
  /** A baseline measured in this run when `measured`, else a fixed target. */
  baseline: number;
  /** True when `baseline` was measured in the same run (pandoc, a bare contenteditable, a plain scan). */
  measured?: boolean;
  unit: string;
  /** The ratio ours/baseline must stay at or below this (or strictly below when `strict`). */
  maxRatio?: number;
  strict?: boolean;
}

const format = (value: number) =>
  Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);

export function ratio(result: Result): number {
  return result.ours / result.baseline;
}

/** `baseline=` for a baseline measured in this run, `target=` for a fixed number. */
export function resultLine(result: Result): string {
  const against = result.measured ? 'baseline' : 'target';
  return `RESULT ${result.name} ours=${format(result.ours)}${result.unit} ${against}=${format(result.baseline)}${result.unit} ratio=${ratio(result).toFixed(2)}`;
}

/** True when the result meets its target (results without one always do). */
export function meetsTarget(result: Result): boolean {
  if (result.maxRatio === undefined) return true;
  const r = ratio(result);
  return result.strict ? r < result.maxRatio : r <= result.maxRatio;
}
