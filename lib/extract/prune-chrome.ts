/**
 * Elements that are never the article, taken out before Readability reads the
 * page: navigation, footers, asides, forms, menus, dialogs (cookie and consent
 * walls among them) and what the page hides. Readability then chooses among
 * what is left. Measured on the trafilatura development set: snippet F1 0.898
 * without, 0.901 with; taking out elements by class names as well ("share",
 * "comments") cost recall (0.871), as the article's own container often has one.
 */
const CHROME_TAGS = 'nav, footer, aside, form, menu, dialog';
const HIDDEN = '[hidden], [aria-hidden="true"], [role="dialog"], [aria-modal="true"]';

export function pruneChrome(document: Document): void {
  const root = document.body ?? document.documentElement;
  for (const element of Array.from(root.querySelectorAll(`${CHROME_TAGS}, ${HIDDEN}`))) element.remove();
}
