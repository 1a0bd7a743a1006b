/**
 * The largest page read, in characters of HTML or text: past this, a page is
 * not an article a person reads, and reading it costs more than it could tell.
 * The content script sends no more, and the command line reads no more.
 */
export const MAX_PAGE_HTML = 6_000_000;
