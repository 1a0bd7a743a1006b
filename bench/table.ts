/** A bench's table on standard output, its columns padded to their widest cell. */
export function printTable(table: string[][]): void {
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0))) ?? [];
  for (const row of table)
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
}

/** A rate's row; its ratio is target over measure, so that below 1 is within target, as for times. */
export function rateRow(name: string, perSecond: number, target: number): string[] {
  return [
    name,
    `${Math.round(perSecond).toLocaleString('en')} stories/s`,
    '',
    `≥ ${target.toLocaleString('en')} stories/s`,
    (target / perSecond).toFixed(2),
  ];
}
