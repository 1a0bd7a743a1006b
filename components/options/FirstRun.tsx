/**
 * What a new reader sees first, while the cache is empty: what Wiretrace
 * does, what stays on this computer, and the ways to fill the cache.
 */
export function FirstRun() {
  return (
    <section class="first-run" aria-labelledby="first-run">
      <h2 id="first-run">Welcome to Wiretrace</h2>
      <p>
        On a news page, Wiretrace tells you whether the article is a copy or a rewrite of a wire story
        (Reuters, AP, AFP, dpa, EFE…), which story, and what the rewrite changed. It compares pages with wire
        stories kept on this computer: nothing you read is sent anywhere. The only requests it makes are to
        the feeds you turn on.
      </p>
      <ol>
        <li>
          <a href="#feeds">Turn on a wire feed</a>: Reuters, UPI, ANSA, Kyodo, Xinhua, Yonhap, TASS and
          Anadolu publish them. AP, AFP and PA publish no public feed.
        </li>
        <li>
          <a href="#bundles">Import a story bundle</a> (a JSONL file of wire stories, from your newsroom or an
          archive): what you import is kept until you take it back.
        </li>
        <li>
          Read: a story you open on a wire service's own site is kept too (
          <a href="#wire-sites">wire sites</a>), and so is a wire's copy on a site that runs it, whose first
          line says so (“PARIS (AFP) —”), when the cache has none of it: that is how AP and AFP copy arrives.
        </li>
      </ol>
    </section>
  );
}
