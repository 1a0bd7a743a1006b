/**
 * Whether two words are one word spelled two ways: British and American
 * spelling (centre, center; organise, organize; labour, labor; travelled,
 * traveled), or a name transliterated two ways (Zelenskiy, Zelensky). Such a
 * pair is no change of fact.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return false;
  return canonical(a) === canonical(b);
}

function canonical(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/iy$/g, 'y')
    .replace(/our(s|ed|ing)?$/g, 'or$1')
    .replace(/([bcdfghkmnptv])re(s|d)?$/g, '$1er$2')
    .replace(/is(e|es|ed|ing|ation|ations)$/g, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/g, 'yz$1')
    .replace(/ogue(s)?$/g, 'og$1')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e')
    .replace(/(.)\1/g, '$1');
}
