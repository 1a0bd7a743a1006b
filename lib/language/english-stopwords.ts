/**
 * Function words and the reporting verbs every news story uses. They carry the
 * phrasing of a sentence but say nothing about which story it is.
 */
const WORDS = `a about above after again against all almost also although am among an and another any are around as at
be because been before being below between both but by can cannot could did do does doing down during each either
else even ever every few for from further had has have having he her here hers herself him himself his how however i
if in into is it its itself just least less let like many may me might more most much must my myself neither no nor
not now of off often on once one only or other others our ours ourselves out over own per perhaps quite rather s
same shall she should since so some such than that the their theirs them themselves then there these they this
those though through thus to too toward towards under until up upon us very via was we were what whatever when
where whether which while who whom whose why will with within without would yet you your yours yourself t ll ve re
d m said says say saying told tell tells according added adding also mr mrs ms dr`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));

export function isStopword(foldedWord: string): boolean {
  return STOPWORDS.has(foldedWord);
}
