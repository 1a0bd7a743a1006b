import { describe, expect, it } from 'vitest';
import { compareQuotes, quotesIn } from '../lib/align/quotes.ts';
import { type Change, changesBetween } from '../lib/explain/changes.ts';
import { creditFor } from '../lib/explain/credit.ts';
import { judgementOf } from '../lib/explain/judgement.ts';
import { describeLag, publishLag } from '../lib/explain/lag.ts';
import { toneOf } from '../lib/explain/tone.ts';
import { certaintyWords, verdictWords } from '../lib/explain/verdict-words.ts';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';

const sentence = (text: string, language = 'en') =>
  analyzeParagraphs([text], { language }).sentences[0] as NonNullable<
    ReturnType<typeof analyzeParagraphs>['sentences'][0]
  >;

describe('quotes', () => {
  const original = quotesIn(
    analyzeParagraphs(['"We will rebuild every bridge before winter," the mayor said. "It is our duty."']),
  );

  it('keeps a quote that is shortened but word for word', () => {
    const page = quotesIn(analyzeParagraphs(['The mayor vowed: "We will rebuild every bridge."']));
    expect(compareQuotes(page, original)).toEqual({ kept: ['We will rebuild every bridge'], altered: [] });
  });

  it('reports a quote whose words were changed, with the original', () => {
    const page = quotesIn(analyzeParagraphs(['"We shall rebuild all bridges before winter," he said.']));
    expect(compareQuotes(page, original).altered).toEqual([
      {
        page: 'We shall rebuild all bridges before winter',
        original: 'We will rebuild every bridge before winter',
      },
    ]);
  });

  it('ignores quotes the original never had', () => {
    const page = quotesIn(analyzeParagraphs(['"Nobody warned us," said a shopkeeper.']));
    expect(compareQuotes(page, original)).toEqual({ kept: [], altered: [] });
  });
});

describe('changesBetween', () => {
  const between = (original: string, page: string) =>
    changesBetween(sentence(original), sentence(page)).map(({ kind, page, original }) => ({
      kind,
      page,
      original,
    }));

  it('finds changed numbers, names and swapped words, each with the sentences it is in', () => {
    expect(
      changesBetween(
        sentence('The fire killed 4 people in Garessio.'),
        sentence('The fire killed 5 people in Garessio.'),
      ),
    ).toEqual([
      {
        kind: 'number',
        page: '5',
        original: '4',
        pageSentence: 'The fire killed 5 people in Garessio.',
        originalSentence: 'The fire killed 4 people in Garessio.',
      },
    ]);
    expect(
      between(
        'He studied at the Institute of Informatics.',
        'He studied at the Institute of Computer Science.',
      ),
    ).toEqual([{ kind: 'name', page: 'Computer Science', original: 'Informatics' }]);
    // A word for another is wording, listed apart and never counted: the engine cannot tell "officer" for
    // "operative" (a different fact) from "firm" for "company" (the same) without knowing the words.
    expect(between('He is a former intelligence officer.', 'He is a former intelligence operative.')).toEqual(
      [{ kind: 'wording', page: 'operative', original: 'officer' }],
    );
  });

  it('reads numbers written in words as numbers', () => {
    expect(between('Thirty-four people were hurt.', 'Forty-three people were hurt.')).toEqual([
      { kind: 'number', page: 'Forty-three', original: 'Thirty-four' },
    ]);
    expect(between('Thirty-four people were hurt.', '34 people were hurt.')).toEqual([]);
    expect(between('The plan costs 1.5 million euros.', 'The plan costs one million euros.')).toEqual([
      { kind: 'number', page: 'one million euros', original: '1.5 million euros' },
    ]);
  });

  it('takes a rounded figure for the same figure: "more than 300" is no change of 321', () => {
    expect(between('Rescuers saved 321 people.', 'Rescuers saved more than 300 people.')).toEqual([]);
    expect(between('Rescuers saved 321 people.', 'Rescuers saved about 300 people.')).toEqual([]);
    expect(between('Rescuers saved 321 people.', 'Rescuers saved nearly 330 people.')).toEqual([]);
    expect(between('Rescuers saved 321 people.', 'Rescuers saved more than 400 people.')).toEqual([
      { kind: 'number', page: 'more than 400', original: '321' },
    ]);
    expect(between('Rescuers saved more than 300 people.', 'Rescuers saved 321 people.')).toEqual([]);
  });

  it('takes a figure rounded as it was given for the same figure, and cents and dollars for one currency', () => {
    expect(between('Prices rose 2.86 percent in May.', 'Prices rose 2.9 percent in May.')).toEqual([]);
    expect(between('Prices rose 2.86 percent in May.', 'Prices rose 3.4 percent in May.')).toEqual([
      { kind: 'number', page: '3.4 percent', original: '2.86 percent' },
    ]);
    // "almost 12" is not 12.3, however it rounds.
    expect(between('Shares gained almost 12 percent.', 'Shares gained 12.3 percent.')).toEqual([
      { kind: 'number', page: '12.3 percent', original: 'almost 12 percent' },
    ]);
    expect(between('The stock fell $1.45 on Friday.', 'The stock fell 45 cents on Friday.')).toEqual([
      { kind: 'number', page: '45 cents', original: '$1.45' },
    ]);
    expect(between('The stock fell $0.45 on Friday.', 'The stock fell 45 cents on Friday.')).toEqual([]);
    // A bound on a round figure is a rounding; on a precise one, or on both sides, it is not.
    expect(between('Gold rose as high as $368.90.', 'Gold rose up to $369.50.')).toEqual([
      { kind: 'number', page: 'up to $369.50', original: '$368.90' },
    ]);
    expect(between('Shares fell nearly 4 percent.', 'Shares fell 3.3 percent.')).toEqual([
      { kind: 'number', page: '3.3 percent', original: 'nearly 4 percent' },
    ]);
    expect(between('It infected more than 5,300 people.', 'It infected more than 8,300 people.')).toEqual([
      { kind: 'number', page: 'more than 8,300', original: 'more than 5,300' },
    ]);
  });

  it('pairs the figures of a reworded passage by what they count, not by where they stand', () => {
    expect(
      between(
        'In the state, 20.7 percent of all adults smoke, the survey of 3,000 homes found.',
        'Adults smoke most in the state, 28 percent, the survey of 3,000 homes found.',
      ),
    ).toEqual([{ kind: 'number', page: '28 percent', original: '20.7 percent' }]);
    // Figures of different things are no change of one into the other.
    expect(between('The bus carried 38 passengers.', 'The bus ran for 12 hours.')).toEqual([]);
  });

  it('pairs figures by the words around them, their place word and their size, across the sentence', () => {
    expect(
      between(
        'Analysts expected earnings of 27 cents a share on revenue of $17.7 billion.',
        'The company made a profit of $659 million, or 29 cents a share, on revenue of $17.7 billion.',
      ).filter((c) => c.kind === 'number'),
    ).toEqual([{ kind: 'number', page: '29 cents', original: '27 cents' }]);
    expect(
      between(
        'Median income fell 1.1 percent to $42,409 last year.',
        'Median income rose by $51 to $43,057 last year.',
      ).map((c) => [c.original, c.page]),
    ).toEqual([['$42,409', '$43,057']]);
    // "Were" says nothing of what is counted; the words after do.
    expect(between('Four were killed and four were injured.', 'Four were killed and 14 injured.')).toEqual([
      { kind: 'number', page: '14', original: 'four' },
    ]);
    expect(
      between(
        'Officials reported 131 suspected cases on Thursday.',
        'Officials reported 22 new cases on Thursday.',
      ),
    ).toEqual([{ kind: 'number', page: '22', original: '131' }]);
  });

  it('takes a place for a figure: a quarter is not another quarter, nor a count', () => {
    expect(
      between('For the fourth quarter, Intel expects more.', 'For the second quarter, Intel expects more.'),
    ).toEqual([{ kind: 'number', page: 'second', original: 'fourth' }]);
    expect(between('It was the first of 18 trips.', 'It was one of 18 trips.')).toEqual([]);
  });

  it('finds a bound put on a figure or taken off it, and leaves "about" alone', () => {
    expect(between('Shares rose more than 2 percent.', 'Shares rose 2 percent.')).toEqual([
      { kind: 'number', page: '2 percent', original: 'more than 2 percent' },
    ]);
    expect(
      between('The storm cut power to 9 million homes.', 'The storm cut power to about 9 million homes.'),
    ).toEqual([]);
  });

  it('finds one currency put in place of another, and an amount in another currency', () => {
    expect(
      between(
        'Against the franc, the dollar was at 1.3172 francs.',
        'Against the yen, the dollar was at 110.73 yen.',
      ),
    ).toEqual([
      { kind: 'number', page: '110.73 yen', original: '1.3172 francs' },
      { kind: 'name', page: 'yen', original: 'franc' },
    ]);
  });

  it('finds a name that opens the sentence put in place of another, not a word that opens it', () => {
    expect(between("Lowe's reported a jump in profit.", 'Home Depot reported a jump in profit.')).toEqual([
      { kind: 'name', page: 'Home Depot', original: "Lowe's" },
    ]);
    expect(
      between('Analysts reported a jump in profit.', 'Currently reported a jump in profit.').filter(
        (c) => c.kind === 'name',
      ),
    ).toEqual([]);
  });

  it('finds a claim the page put in place of another in a sentence it otherwise kept', () => {
    expect(
      between(
        'The driver of the train, which was carrying 38 passengers, was killed in the crash near Salem.',
        'The driver of the train, which had failed to heed red stop lights, was killed in the crash near Salem.',
      ),
    ).toEqual([
      {
        kind: 'claim',
        page: 'had failed to heed red stop lights',
        original: 'was carrying 38 passengers',
      },
    ]);
    // Words moved within the sentence are no new claim; nor is a sentence rewritten whole.
    expect(
      between(
        'The senior official said workers could be coerced into providing remote access to customers.',
        'Workers could be coerced into providing remote access to customers, the senior official said.',
      ),
    ).toEqual([]);
    expect(
      between(
        'A teenage prisoner was today given the backing of a judge in her battle to keep her baby.',
        'An 18-year-old won support from the bench yesterday to keep her new-born with her.',
      ).filter((c) => c.kind === 'claim'),
    ).toEqual([]);
  });

  it('finds a name put in place of another beside a changed figure', () => {
    expect(
      between('On Jan. 10, Maria Lopez was found in her flat.', 'On Jan. 1, Ana Ruiz was found in her flat.'),
    ).toEqual([
      { kind: 'number', page: '1', original: '10' },
      { kind: 'name', page: 'Ana Ruiz', original: 'Maria Lopez' },
    ]);
  });

  it('finds a name put in place of another inside a reworded passage', () => {
    expect(
      between(
        'On Monday, shares of Ericsson, the Swedish maker, rose.',
        'On Monday, Lucent Technologies, which makes the same gear, saw its shares rise.',
      ).filter((c) => c.kind === 'name'),
    ).toEqual([{ kind: 'name', page: 'Lucent Technologies', original: 'Ericsson' }]);
  });

  it('finds a statement turned the other way: direction, opposites, a negation', () => {
    expect(between('The index fell sharply.', 'The index rose sharply.')).toEqual([
      { kind: 'polarity', page: 'rose', original: 'fell' },
    ]);
    expect(between('The northern towns were flooded.', 'The southern towns were flooded.')).toEqual([
      { kind: 'polarity', page: 'southern', original: 'northern' },
    ]);
    expect(between('The minister was at the meeting.', 'The minister was not at the meeting.')).toEqual([
      { kind: 'polarity', page: 'not', original: '' },
    ]);
    // The same said the other way round is no change of fact.
    expect(between('The report was not released.', 'The report was withheld.').map((c) => c.kind)).toEqual([
      'wording',
    ]);
  });

  it('finds what somebody did when asked turned into something else', () => {
    expect(
      between('Microsoft declined to comment.', 'Microsoft did not respond to requests for comment.'),
    ).toEqual([{ kind: 'stance', page: 'did not respond', original: 'declined to comment' }]);
    expect(
      between('Microsoft declined to comment.', 'Microsoft refused to comment on Friday.').filter(
        (c) => c.kind !== 'wording',
      ),
    ).toEqual([]);
  });

  it('takes a stand-in for the same name: a capital for its country, a demonym, initials', () => {
    const facts = (original: string, page: string) =>
      between(original, page).filter((c) => c.kind !== 'wording');
    expect(facts('On Monday Washington imposed the ban.', 'On Monday the US imposed the ban.')).toEqual([]);
    expect(facts('The U.S. envoy arrived.', 'The American envoy arrived.')).toEqual([]);
    expect(facts('Shares of America Online fell.', 'Shares of AOL fell.')).toEqual([]);
    expect(facts('On Monday Moscow imposed the ban.', 'On Monday Beijing imposed the ban.')).toEqual([
      { kind: 'name', page: 'Beijing', original: 'Moscow' },
    ]);
  });

  it('lists a word for its synonym as wording, never as a change of fact', () => {
    expect(between('The firm said it would appeal.', 'The company said it would appeal.')).toEqual([
      { kind: 'wording', page: 'company', original: 'firm' },
    ]);
    expect(between('The index rose 2 percent.', 'The index gained 2 percent.').map((c) => c.kind)).toEqual([
      'wording',
    ]);
  });

  it('does not take a spelling for a change', () => {
    expect(between('New centers opened in the city.', 'New centres opened in the city.')).toEqual([]);
    expect(between('Zelenskiy spoke on Monday.', 'Zelensky spoke on Monday.')).toEqual([]);
    expect(between('They organized the labor union.', 'They organised the labour union.')).toEqual([]);
    // A name spelled differently is another name.
    expect(between('The court sentenced Daniel Hurst.', 'The court sentenced Daniel Hirst.')).toEqual([
      { kind: 'name', page: 'Hirst', original: 'Hurst' },
    ]);
  });

  it('lists only swaps: no rewording that brings a name along, no word for a phrase', () => {
    expect(
      between(
        'A former mayor of the town was sentenced on Monday.',
        'Daniel Hurst, who once ran the town, was sentenced on Monday.',
      ),
    ).toEqual([]);
    expect(between('The man stole 40 bikes.', 'The SERIAL bike thief stole 40 bikes.')).toEqual([]);
    expect(between('"I will go," he said.', '"Before he was sentenced, I will go," he said.')).toEqual([]);
  });

  it('takes a German noun after its article for a noun, not a name, and still knows a German name', () => {
    const german = (original: string, page: string) =>
      changesBetween(sentence(original, 'de'), sentence(page, 'de'), 'de').map(
        ({ kind, page, original }) => ({
          kind,
          page,
          original,
        }),
      );
    expect(german('Gestern sagte der Bürgermeister nichts.', 'Gestern sagte der Stadtchef nichts.')).toEqual([
      { kind: 'wording', page: 'Stadtchef', original: 'Bürgermeister' },
    ]);
    expect(german('Gestern sagte Olaf Scholz nichts.', 'Gestern sagte Olaf Schulz nichts.')).toEqual([
      { kind: 'name', page: 'Schulz', original: 'Scholz' },
    ]);
  });

  it('writes a hyphenated word back whole', () => {
    expect(between('A 52-year-old man was hurt.', 'A 53-year-old man was hurt.')).toEqual([
      { kind: 'number', page: '53', original: '52' },
    ]);
    expect(between('A 52-year-old man was hurt.', 'A 52-year-old woman was hurt.')).toEqual([
      { kind: 'polarity', page: 'woman', original: 'man' },
    ]);
  });
});

describe('creditFor', () => {
  const original = analyzeParagraphs(['The minister told Reuters the plan was ready.']);

  it('accepts a credit line or a body sentence that names the source', () => {
    const page = analyzeParagraphs(['The plan was ready, Reuters reported.']);
    expect(creditFor('Reuters', [], page, original).credited).toBe(true);
    expect(creditFor('Associated Press', ['(AP) —'], analyzeParagraphs(['x']), original).credited).toBe(true);
  });

  it('gives the lines that credit, and knows a source by its own name, in any case, with spaces around it', () => {
    const page = analyzeParagraphs(['The plan was ready, Reuters reported.']);
    expect(creditFor('Reuters', [], page, original).lines).toEqual(['The plan was ready, Reuters reported.']);
    expect(creditFor(' Reuters ', ['(Reuters)'], analyzeParagraphs(['x']), original).lines).toEqual([
      '(Reuters)',
    ]);
    // A source no wire list knows is found by its own name, whatever its case.
    const none = analyzeParagraphs(['x']);
    expect(creditFor('Harbour Wire', ['Reporting by HARBOUR WIRE'], none, original).credited).toBe(true);
    expect(creditFor(' Harbour Wire ', ['Reporting by Harbour Wire'], none, original).credited).toBe(true);
    expect(creditFor('Harbour Wire', ['Reporting by Harbour Wirelesss staff'], none, original).credited).toBe(
      false,
    );
  });

  it('does not take a mention copied from the original for a credit', () => {
    const page = analyzeParagraphs(['The minister told Reuters the plan was ready.']);
    expect(creditFor('Reuters', ['Photo: AFP'], page, original).credited).toBe(false);
  });
});

describe('publish lag', () => {
  it('is measured in hours and described in words', () => {
    expect(publishLag('2022-03-31', '2022-04-01')).toEqual({ hours: 24, byDay: true });
    expect(publishLag('2026-10-18T16:40:00Z', null)).toBeNull();
    expect(publishLag('2026-10-18T16:40:00Z', '2026-10-18T19:40:00+00:00')).toEqual({
      hours: 3,
      byDay: false,
    });
    // A date without a time is a day: the same day, a day later, or (the day before) unknown, never hours earlier.
    expect(publishLag('2026-11-05T09:00:00Z', '2026-11-05')).toEqual({ hours: 0, byDay: true });
    expect(publishLag('2026-11-05T23:00:00Z', '2026-11-06')).toEqual({ hours: 24, byDay: true });
    expect(publishLag('2026-11-05T09:00:00Z', '2026-11-04')).toBeNull();
    // A date-only original against a page with its time: the page's date counts, not its hour.
    expect(publishLag('2026-11-05', '2026-11-06T23:00:00Z')).toEqual({ hours: 24, byDay: true });
    // Either date missing or unreadable: unknown.
    expect(publishLag(null, '2026-11-05T09:00:00Z')).toBeNull();
    expect(publishLag('soon', '2026-11-05T09:00:00Z')).toBeNull();
    expect(publishLag('2026-11-05T09:00:00Z', 'yesterday')).toBeNull();
    expect(describeLag(0, true)).toBe('same day');
    expect(describeLag(48, true)).toBe('2 days later');
    expect(describeLag(24)).toBe('1 day later');
    expect(describeLag(24, true)).toBe('1 day later');
    expect(describeLag(3)).toBe('3 hours later');
    expect(describeLag(1)).toBe('1 hour later');
    expect(describeLag(0)).toBe('within the hour');
    expect(describeLag(-3)).toBe('3 hours earlier');
    expect(describeLag(-50)).toBe('2 days earlier');
  });
});

describe('judgementOf', () => {
  const copied = { pageCoverage: 0.95, copiedShare: 0.9, derivedSentences: 12, copiedNarrative: 10 };
  const reworded = { pageCoverage: 0.9, copiedShare: 0.2, derivedSentences: 12, copiedNarrative: 2 };
  const some = { pageCoverage: 0.3, copiedShare: 0.5, derivedSentences: 3, copiedNarrative: 1 };
  const wholly = { not: 0.1, partial: 0.2, wholly: 0.7 };
  const partial = { not: 0.2, partial: 0.5, wholly: 0.3 };
  const not = { not: 0.6, partial: 0.3, wholly: 0.1 };

  it.each([
    [wholly, copied, false, 'syndicated', 0.7],
    [wholly, reworded, false, 'rewritten', 0.7],
    [partial, some, false, 'partial', 0.5],
    [not, some, false, 'unrelated', 0.6],
    [not, some, true, 'partial', 0.4],
    [{ not: 0.8, partial: 0.15, wholly: 0.05 }, some, true, 'unrelated', 0.8],
  ] as const)(
    '%o with %o (credited: %s) is %s, %s sure',
    (probabilities, summary, credited, verdict, confidence) => {
      const judgement = judgementOf(probabilities, summary, credited);
      expect(judgement.verdict).toBe(verdict);
      expect(judgement.confidence).toBeCloseTo(confidence, 6);
      expect(judgement.derived).toBeCloseTo(1 - probabilities.not, 6);
    },
  );
});

describe('how strongly a finding is shown', () => {
  const finding = {
    verdict: 'rewritten' as const,
    credited: false,
    quotes: { kept: [], altered: [] },
    changes: [] as Change[],
  };
  const change = (kind: Change['kind'], page: string, original: string): Change => ({
    kind,
    page,
    original,
    pageSentence: page,
    originalSentence: original,
  });
  it('shows credited reuse as neutral, uncredited as a notice, altered facts strongly', () => {
    expect(toneOf({ ...finding, verdict: 'unrelated' })).toBe('none');
    expect(toneOf({ ...finding, verdict: 'syndicated', credited: true })).toBe('neutral');
    expect(toneOf({ ...finding, credited: true, changes: [change('number', '4', '3')] })).toBe('neutral');
    expect(toneOf(finding)).toBe('notice');
    expect(toneOf({ ...finding, changes: [change('name', 'Smith', 'Smyth')] })).toBe('strong');
    expect(toneOf({ ...finding, quotes: { kept: [], altered: [{ page: 'a', original: 'b' }] } })).toBe(
      'strong',
    );
    expect(toneOf({ ...finding, verdict: 'partial', changes: [change('name', 'A', 'B')] })).toBe('notice');
  });
});

describe('the certainty in words', () => {
  it('says the band its number is in, the number rounded down so it never shows the next band’s threshold', () => {
    expect([0.5996, 0.6, 0.7999, 0.8, 0.977].map(certaintyWords)).toEqual([
      'unsure (59%)',
      'likely (60%)',
      'likely (79%)',
      'very likely (80%)',
      'very likely (97%)',
    ]);
  });

  it('names every verdict with the words every surface uses', () => {
    const of = (verdict: 'syndicated' | 'rewritten' | 'partial' | 'unrelated', site?: string) =>
      verdictWords({
        verdict,
        basis: site ? { kind: 'copy', site } : { kind: 'wire' },
        original: { source: 'AP' },
      } as Parameters<typeof verdictWords>[0]);
    expect([of('syndicated'), of('rewritten'), of('partial'), of('unrelated')]).toEqual([
      'Copy of AP',
      'Rewrite of AP',
      'Partial copy of AP',
      'No match',
    ]);
    expect(of('rewritten', 'daily.example')).toBe("Rewrite of daily.example's copy of AP");
  });
});
