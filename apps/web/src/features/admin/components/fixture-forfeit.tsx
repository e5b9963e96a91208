import { useState } from 'react';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { formatPoints } from '../../../lib/format';
import { useAdminAction, useAdminQuery } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';
import type { AdminFixture } from './fixture-admin';

type Side = 'home' | 'guest';
type Match = AdminFixture['matches'][number];

const names = (match: Match, side: Side) =>
  (side === 'home'
    ? [match.home_player1_name, match.home_player2_name]
    : [match.guest_player1_name, match.guest_player2_name]
  )
    .filter(Boolean)
    .join(' / ');

/**
 * A match one side did not play (SPEC §6 forfeit): the other side wins it ⌈best_of/2⌉–0 games, its
 * players get the season's forfeit points, nobody's rating moves. Said before it is sent.
 */
export function FixtureForfeit({ fixture }: { fixture: AdminFixture }) {
  const [matchId, setMatchId] = useState('');
  const [side, setSide] = useState<Side | ''>('');
  const [reason, setReason] = useState('');
  const season = useAdminQuery(['seasons', fixture.season_id], (signal) =>
    api.GET('/api/v1/seasons/{id}', { params: { path: { id: fixture.season_id } }, signal }),
  );
  const forfeit = useAdminAction((input: { matchId: string; side: Side }) =>
    api.POST('/api/v1/matches/{id}/forfeit', {
      params: { path: { id: input.matchId } },
      body: { side: input.side, reason: reason.trim() },
    }),
  );
  const open = fixture.matches.filter((match) => match.recorded_at === null);
  const match = open.find((candidate) => candidate.id === matchId);
  const team = (which: Side) => (which === 'home' ? fixture.home_team_name : fixture.guest_team_name);
  const sideLabel = (which: Side) => {
    const players = match ? names(match, which) : '';
    return players ? `${team(which)} (${players})` : team(which);
  };
  const rules = season.data?.data.rules;
  const present: Side = side === 'home' ? 'guest' : 'home';
  return (
    <fieldset className="stack--tight">
      <legend className="subsection-title">{t('admin.forfeitTitle')}</legend>
      <SelectField
        label={t('admin.forfeitMatch')}
        value={matchId}
        emptyLabel={t('captain.choose')}
        options={open.map((candidate) => ({
          value: candidate.id,
          label: t('admin.forfeitMatchOption', {
            order: candidate.match_order,
            home: names(candidate, 'home') || fixture.home_team_name,
            guest: names(candidate, 'guest') || fixture.guest_team_name,
          }),
        }))}
        onChange={setMatchId}
      />
      <SelectField
        label={t('admin.forfeitSide')}
        value={side}
        emptyLabel={t('captain.choose')}
        options={(['home', 'guest'] as const).map((which) => ({ value: which, label: sideLabel(which) }))}
        onChange={(value) => setSide(value === 'home' || value === 'guest' ? value : '')}
      />
      <TextField
        label={t('admin.forfeitReason')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
      {match && side && reason.trim() && rules ? (
        <ConfirmAction
          label={t('admin.forfeit')}
          confirmLabel={t('admin.forfeitConfirm')}
          danger
          consequences={
            <>
              <p>
                {t('admin.forfeitExplain', {
                  order: match.match_order,
                  winner: team(present),
                  games: Math.ceil(rules.best_of / 2),
                  absent: team(side),
                })}
              </p>
              {rules.forfeit_win_points > 0 ? (
                <p>
                  {t('admin.forfeitPoints', {
                    winner: team(present),
                    points: formatPoints(rules.forfeit_win_points),
                  })}
                </p>
              ) : null}
            </>
          }
          busy={forfeit.isPending}
          error={forfeit.error}
          errorTitle={t('admin.notSaved')}
          onConfirm={() =>
            forfeit.mutate(
              { matchId: match.id, side },
              {
                onSuccess: () => {
                  setMatchId('');
                  setSide('');
                  setReason('');
                },
              },
            )
          }
          onCancel={() => forfeit.reset()}
        />
      ) : (
        <p className="muted small">{t('admin.forfeitHint')}</p>
      )}
    </fieldset>
  );
}
