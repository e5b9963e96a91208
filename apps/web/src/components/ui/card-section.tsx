import type { ReactNode } from 'react';

/** One part of a screen: a card named by its heading (`id` ties the two for screen readers). */
export function CardSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
