import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../lib/fingerprint/fingerprint.ts';
import { hash32 } from '../lib/fingerprint/hash.ts';
import { FINGERPRINT_VERSION } from '../lib/fingerprint/version.ts';
import { storedFeatures } from '../lib/retrieve/sample.ts';

/** Short texts of our own, one a language, covering the tokenizers, stemmers and segmenters a fingerprint uses. */
const TEXTS: Record<string, string> = {
  en: 'The harbour authority said on Tuesday that 1,200 containers were delayed by the strike at Port Talbot.',
  fr: "Le maire de Lyon a annoncé mardi la fermeture de trois ponts pendant les travaux d'été.",
  de: 'Die Bahn kündigte am Montag an, dass 40 Züge wegen des Sturms in Hamburg ausfallen würden.',
  ru: 'Власти Казани во вторник сообщили о закрытии двух мостов на время ремонта.',
  ar: 'أعلنت بلدية عمّان يوم الثلاثاء إغلاق ٣ جسور خلال أعمال الصيانة الصيفية لعام ٢٠٢٦.',
  hi: 'नगर निगम ने मंगलवार को बताया कि मरम्मत के दौरान ३ पुल बंद रहेंगे।',
  zh: '杭州市政府周二宣布，夏季维修期间将关闭三座桥梁。',
  ja: '大阪市は火曜日、夏の補修工事の間、三つの橋を閉鎖すると発表した。',
};

/** The digest of every feature, term and stored feature of every text: what a stored index holds. */
function digestOfDefinition(): number {
  let digest = 0;
  for (const [language, text] of Object.entries(TEXTS)) {
    const fingerprint = fingerprintOf([text], () => false, language);
    const { features, terms } = fingerprint;
    const parts = [...features, -1, ...terms, -2, ...storedFeatures(fingerprint)];
    digest = hash32(`${language}:${parts.join(',')}`, digest);
  }
  return digest;
}

/** Recorded with the version: a change to either alone fails below. */
const RECORDED = { version: 5, digest: 2167651768 };

describe('the fingerprint definition', () => {
  it('changes only with its version, so that an installed cache knows to re-index', () => {
    const digest = digestOfDefinition();
    const message =
      digest === RECORDED.digest
        ? 'the version changed without the fingerprint: record the new version here'
        : `the fingerprint changed (digest ${digest}): bump FINGERPRINT_VERSION in lib/fingerprint/version.ts, then record both here`;
    expect({ version: FINGERPRINT_VERSION, digest }, message).toEqual(RECORDED);
  });
});
