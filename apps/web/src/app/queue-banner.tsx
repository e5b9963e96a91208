import { Link } from '../components/ui/link';
import { t } from '../i18n/translate';
import { useQueuedResults } from '../lib/result-queue';

/** The results waiting on this phone for a connection, always in sight until they are sent. */
export function QueueBanner() {
  const queued = useQueuedResults();
  if (queued.length === 0) return null;
  return (
    <section className="notice notice--warning queue-banner" aria-live="polite" aria-label={t('queue.title')}>
      <p className="notice__title">{t('queue.count', { n: queued.length })}</p>
      <ul className="plain-list">
        {queued.map((result) => (
          <li key={result.idempotencyKey}>
            <Link href={`/fixtures/${result.fixtureId}`}>
              {t('queue.item', {
                order: result.matchOrder,
                sets: result.home_sets.map((score, i) => `${score}-${result.guest_sets[i]}`).join(', '),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
