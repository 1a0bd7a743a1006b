import type { ComponentChildren } from 'preact';

/** What the popup says when there is nothing to explain, and what the reader can do about it. */
export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="empty" role="status">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
