import type { ReactNode } from 'react';

/** One part of an organiser screen: a card named by its heading (`id` ties the two for screen readers). */
export function AdminCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
