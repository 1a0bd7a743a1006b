/** One entry of an RSS, Atom or JSON feed, in the shape every format is read into. */
export interface FeedItem {
  /** The item's guid or id, else its link: what tells a new item from one seen before. */
  id: string;
  title: string;
  /** The article page, when the feed gives an http(s) one. */
  url: string | null;
  published: string | null;
  byline: string | null;
  /** The item's own text (content, else summary) as plain paragraphs; often only a teaser. */
  paragraphs: string[];
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  items: FeedItem[];
}
