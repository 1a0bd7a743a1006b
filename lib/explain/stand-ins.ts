/**
 * Two ways news copy names the same thing, which are no change of name: a
 * capital for its country's government ("Washington" for "the US"), a country
 * for its people ("U.S." for "American"), and initials for the words they
 * stand for ("AOL" for "America Online", "U.N." for "United Nations").
 */
const COUNTRIES: [country: string, ...other: string[]][] = [
  ['usa', 'us', 'u.s.', 'united states', 'america', 'american', 'americans', 'washington'],
  ['uk', 'u.k.', 'britain', 'united kingdom', 'british', 'london', 'whitehall'],
  ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
  ['china', 'chinese', 'beijing'],
  ['france', 'french', 'paris'],
  ['germany', 'german', 'berlin'],
  ['japan', 'japanese', 'tokyo'],
  ['north korea', 'north korean', 'pyongyang'],
  ['south korea', 'south korean', 'seoul'],
  ['iran', 'iranian', 'tehran'],
  ['iraq', 'iraqi', 'baghdad'],
  ['israel', 'israeli', 'jerusalem'],
  ['india', 'indian', 'new delhi', 'delhi'],
  ['pakistan', 'pakistani', 'islamabad'],
  ['ukraine', 'ukrainian', 'kyiv', 'kiev'],
  ['italy', 'italian', 'rome'],
  ['spain', 'spanish', 'madrid'],
  ['canada', 'canadian', 'ottawa'],
  ['australia', 'australian', 'canberra'],
  ['mexico', 'mexican'],
  ['brazil', 'brazilian', 'brasilia'],
  ['turkey', 'turkish', 'ankara'],
  ['egypt', 'egyptian', 'cairo'],
  ['saudi arabia', 'saudi', 'riyadh'],
  ['syria', 'syrian', 'damascus'],
  ['afghanistan', 'afghan', 'kabul'],
  ['fiji', 'fijian'],
  ['european union', 'eu', 'e.u.', 'brussels'],
];

const COUNTRY_OF = new Map<string, string>();
for (const [country, ...others] of COUNTRIES)
  for (const name of [country, ...others]) COUNTRY_OF.set(name, country);

/** Whether one side names what the other does, by a stand-in or by initials. */
export function isStandIn(a: string, b: string): boolean {
  const [x, y] = [plain(a), plain(b)];
  const country = COUNTRY_OF.get(x);
  if (country !== undefined && country === COUNTRY_OF.get(y)) return true;
  return isInitialsOf(x, y) || isInitialsOf(y, x);
}

/** Lower case, without a leading article or a possessive. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .trim();
}

/** "un" for "united nations", "aol" for "america online": each word's first letter, in order, with letters of its own after it. */
function isInitialsOf(short: string, long: string): boolean {
  const letters = short.replace(/\./g, '');
  const words = long.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || /\s/.test(short) || letters.length < words.length) return false;
  let at = 0;
  for (const [w, word] of words.entries()) {
    if (letters[at] !== word[0]) return false;
    at++;
    // Letters after the initial may come from further inside the same word ("OnLine").
    let inWord = 1;
    while (at < letters.length && letters.length - at > words.length - w - 1) {
      const found = word.indexOf(letters[at] as string, inWord);
      if (found < 0) break;
      inWord = found + 1;
      at++;
    }
  }
  return at === letters.length;
}
