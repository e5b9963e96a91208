import { useState } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { SelectField } from '../../../components/ui/select-field';
import { t } from '../../../i18n/translate';
import { formatDate, formatSets } from '../../../lib/format';
import { useHeadToHead } from '../api/get-head-to-head';
import type { PlayerMatch } from '../api/get-player-history';

/** Head-to-head against anyone the player has met, chosen from their recent opponents. */
export function HeadToHead({ playerId, matches }: { playerId: string; matches: PlayerMatch[] }) {
  const opponents = new Map<string, string>();
  for (const match of matches)
    for (const opponent of match.opponents) opponents.set(opponent.player_id, opponent.player_name);
  const [opponentId, setOpponentId] = useState('');
  const record = useHeadToHead(playerId, opponentId);
  if (opponents.size === 0) return <p className="muted">{t('player.headToHeadNone')}</p>;
  return (
    <div className="stack--tight">
      <SelectField
        label={t('player.headToHeadPick')}
        value={opponentId}
        options={[...opponents].map(([value, label]) => ({ value, label }))}
        emptyLabel={t('lineup.choosePlayer')}
        onChange={setOpponentId}
      />
      {record.isError ? <ErrorMessage title={t('player.historyError')} error={record.error} /> : null}
      {record.data ? (
        <>
          <p className="head-to-head__score" aria-live="polite">
            <strong>
              {t('player.headToHeadLine', {
                wins: record.data.wins_a,
                losses: record.data.wins_b,
                played: record.data.meetings,
              })}
            </strong>
          </p>
          <ul className="plain-list">
            {record.data.last_meetings.map((meeting) => (
              <li key={meeting.match_id}>
                <Link href={`/fixtures/${meeting.fixture_id}`}>
                  {meeting.winner === 'player_a' ? t('player.wonWord') : t('player.lostWord')} ·{' '}
                  {formatSets(meeting.sets_a, meeting.sets_b)} · {t('player.round', { round: meeting.round })}{' '}
                  · {formatDate(meeting.played_at)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
