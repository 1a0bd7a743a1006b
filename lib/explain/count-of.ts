/** "1 story", "2 stories", "12,000 stories": a count with its noun, in the reader's digits grouping. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
