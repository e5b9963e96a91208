import { EmptyState } from '../components/ui/empty-state';
import { Link } from '../components/ui/link';

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <EmptyState title={`This ${what} does not exist`}>
      <Link href="/">Back to the leaderboard</Link>
    </EmptyState>
  );
}
