/** Runs a function repeatedly and returns the median and 95th percentile of its duration in milliseconds. */
export function measure(runs: number, work: (run: number) => void): { median: number; p95: number } {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** The same for work that finishes later (a match is asynchronous, whatever index it reads). */
export async function measureAsync(
  runs: number,
  work: (run: number) => Promise<void>,
): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** The median of some times, in any order. */
export function median(times: readonly number[]): number {
  return quantile(
    [...times].sort((a, b) => a - b),
    0.5,
  );
}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}
