/**
 * Wire-service feeds offered in the options page, all off until the reader
 * turns one on (and grants its site). Addresses as the services publish them;
 * a service that changes its address is reported as failing in the options
 * page, and any feed can be added by hand.
 */
export interface FeedChoice {
  url: string;
  source: string;
  title: string;
}

export const DEFAULT_FEEDS: readonly FeedChoice[] = [
  {
    url: 'https://www.reutersagency.com/feed/?post_type=best',
    source: 'Reuters',
    title: 'Reuters: best stories',
  },
  { url: 'https://rss.upi.com/news/top_news.rss', source: 'UPI', title: 'UPI: top news' },
  { url: 'https://www.ansa.it/english/english_rss.xml', source: 'ANSA', title: 'ANSA: English news' },
  { url: 'https://english.kyodonews.net/rss/all.xml', source: 'Kyodo', title: 'Kyodo News: all news' },
  { url: 'https://www.xinhuanet.com/english/rss/worldrss.xml', source: 'Xinhua', title: 'Xinhua: world' },
  { url: 'https://en.yna.co.kr/RSS/news.xml', source: 'Yonhap', title: 'Yonhap: latest' },
  { url: 'https://tass.com/rss/v2.xml', source: 'TASS', title: 'TASS: all news' },
  {
    url: 'https://www.aa.com.tr/en/rss/default?cat=guncel',
    source: 'Anadolu',
    title: 'Anadolu Agency: latest',
  },
];
