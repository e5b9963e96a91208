import { type FormEvent, useMemo, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Notice } from '../../../components/ui/notice';
import { t } from '../../../i18n/translate';
import { useTeamMembers } from '../../../lib/team-members-query';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { useCreateMatch } from '../api/create-match';
import { checkDraft, emptyDraft, type LineupDraft, type Slot } from '../lineup-draft';
import { explainLineupError } from '../lineup-errors';
import { activePlayers, keepPickable, rosterNames } from '../rosters';
import type { LineupFixture } from './lineup-entry';
import { LineupSide } from './lineup-side';
import { MatchSetupFields } from './match-setup-fields';

interface AddMatchFormProps {
  fixture: LineupFixture;
  onClose: () => void;
}

export function AddMatchForm({ fixture, onClose }: AddMatchFormProps) {
  const home = useTeamMembers(fixture.home_team_id, fixture.season_id);
  const guest = useTeamMembers(fixture.guest_team_id, fixture.season_id);
  const taken = useMemo(() => new Set(fixture.matches.map((match) => match.match_order)), [fixture.matches]);
  const [draft, setDraft] = useState<LineupDraft>(() => emptyDraft(taken));
  const [attempted, setAttempted] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const keyFor = useIdempotencyKey();
  const create = useCreateMatch({
    onSuccess: (match) => {
      setAdded(match.match_order);
      setAttempted(false);
      setDraft((current) => emptyDraft([...taken, match.match_order], current.match_type));
    },
  });

  const names = useMemo(
    () => rosterNames(fixture.matches, [...(home.data ?? []), ...(guest.data ?? [])]),
    [fixture.matches, home.data, guest.data],
  );
  const nameOf = (playerId: string) => names.get(playerId);
  const homePlayers = activePlayers(home.data);
  const guestPlayers = activePlayers(guest.data);
  const players = keepPickable(draft.players, [...homePlayers, ...guestPlayers]);

  const check = checkDraft({ ...draft, players }, fixture.id, taken, nameOf);
  const shown = check.ok ? [] : check.problems.filter((problem) => attempted || problem.kind === 'duplicate');
  const invalid = new Set<string>(shown.map((problem) => problem.field));
  const refusal = create.isError ? explainLineupError(create.error, nameOf) : null;

  const change = (changes: Partial<LineupDraft>) => {
    setAdded(null);
    create.reset();
    setDraft((current) => ({ ...current, ...changes }));
  };
  const pick = (slot: Slot, playerId: string) => change({ players: { ...draft.players, [slot]: playerId } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!check.ok || create.isPending) return;
    create.mutate({
      seasonId: fixture.season_id,
      round: fixture.round,
      teamIds: [fixture.home_team_id, fixture.guest_team_id],
      body: check.body,
      idempotencyKey: keyFor(check.body, create.error),
    });
  };

  const rosterError = home.error ?? guest.error;
  const loading = home.isPending || guest.isPending;
  const doubles = draft.match_type === 'DOUBLE';
  return (
    <form className="card stack lineup-form" onSubmit={submit} noValidate aria-labelledby="add-match-title">
      <h3 id="add-match-title" className="lineup-form__title">
        {t('lineup.add')}
      </h3>
      <MatchSetupFields
        order={draft.match_order}
        type={draft.match_type}
        taken={taken}
        orderInvalid={invalid.has('match_order')}
        onOrder={(match_order) => change({ match_order })}
        onType={(match_type) => change({ match_type })}
      />
      {rosterError ? (
        <ErrorMessage
          title={t('lineup.rostersError')}
          error={rosterError}
          onRetry={() => {
            void home.refetch();
            void guest.refetch();
          }}
        />
      ) : null}
      <LineupSide
        side="home"
        teamName={fixture.home_team_name}
        doubles={doubles}
        players={homePlayers}
        loading={loading}
        picked={players}
        invalid={invalid}
        onPick={pick}
      />
      <LineupSide
        side="guest"
        teamName={fixture.guest_team_name}
        doubles={doubles}
        players={guestPlayers}
        loading={loading}
        picked={players}
        invalid={invalid}
        onPick={pick}
      />
      <div aria-live="polite" className="stack">
        {shown.length > 0 ? (
          <div className="notice notice--warning">
            <p className="notice__title">{t('lineup.notReady')}</p>
            <ul className="problems">
              {shown.map((problem) => (
                <li key={problem.field}>{problem.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {added !== null ? <Notice tone="success">{t('lineup.added', { order: added })}</Notice> : null}
      </div>
      {refusal ? (
        <ErrorMessage
          title={t('lineup.notAdded')}
          error={create.error}
          message={refusal.message}
          problems={refusal.problems}
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={create.isPending}>
          {t('lineup.save')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('lineup.done')}
        </Button>
      </div>
    </form>
  );
}
