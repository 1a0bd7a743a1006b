/**
 * Languages so close that a detector tells them apart by a word or two, and
 * a copy in one reads as the other: Indonesian and Malay, Norwegian (Bokmål,
 * Nynorsk) and Danish, Serbian, Croatian and Bosnian, Czech and Slovak. A page
 * and a story in two of one group are compared all the same: a copy is never
 * lost to a detector's coin toss. (Regional variants, pt-BR and pt, are one
 * language already: Wiretrace reads primary subtags.)
 */
const GROUPS: readonly (readonly string[])[] = [
  ['id', 'ms'],
  ['no', 'nb', 'nn', 'da'],
  ['sr', 'hr', 'bs'],
  ['cs', 'sk'],
];

/** Whether a page in one language may be compared with a story in the other. */
export function comparableLanguages(a: string, b: string): boolean {
  if (a === b) return true;
  return GROUPS.some((group) => group.includes(a) && group.includes(b));
}
