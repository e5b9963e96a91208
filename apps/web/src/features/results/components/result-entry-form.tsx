import { resolveSeasonRules, type SeasonRules } from '@pingpong/domain';
import { type FormEvent, useMemo, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { t, tCode } from '../../../i18n/translate';
import type { ApiData } from '../../../lib/api/client';
import { enqueueResult, isConnectionLost } from '../../../lib/result-queue';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { useOnline } from '../../../lib/use-online';
import { useRecordResult } from '../api/record-result';
import { checkEntry, emptyRows, type GameRow } from '../game-rows';
import { GameScoreInputs } from './game-score-inputs';

type FixtureDetail = ApiData<'/api/v1/fixtures/{id}'>;
export type EntryFixture = Pick<FixtureDetail, 'id' | 'season_id' | 'home_team_name' | 'guest_team_name'>;
export type EntryMatch = Pick<
  FixtureDetail['matches'][number],
  | 'id'
  | 'match_order'
  | 'match_type'
  | 'home_player1_name'
  | 'home_player2_name'
  | 'guest_player1_name'
  | 'guest_player2_name'
>;

interface ResultEntryFormProps {
  fixture: EntryFixture;
  match: EntryMatch;
  rules: Partial<SeasonRules>;
  onRecorded: () => void;
  /** Offline: the result waits on this phone (see lib/result-queue) and is sent by itself later. */
  onQueued: () => void;
}

// A forfeited side has no player.
const side = (first: string | null, second: string | null) =>
  second ? `${first ?? '—'} / ${second}` : (first ?? '—');

export function ResultEntryForm({ fixture, match, rules, onRecorded, onQueued }: ResultEntryFormProps) {
  const online = useOnline();
  const resolved = resolveSeasonRules(rules);
  const [rows, setRows] = useState<GameRow[]>(() => emptyRows(resolved.best_of));
  const [attempted, setAttempted] = useState(false);
  const keyFor = useIdempotencyKey();
  const record = useRecordResult({ onSuccess: onRecorded });
  const check = useMemo(() => checkEntry(rows, rules), [rows, rules]);

  const homeLabel = side(match.home_player1_name, match.home_player2_name);
  const guestLabel = side(match.guest_player1_name, match.guest_player2_name);
  const invalidGames = new Set(
    check.state === 'invalid'
      ? check.problems.flatMap((problem) => (problem.game ? [problem.game] : []))
      : [],
  );
  const completeRows = rows.filter((row) => row.home !== '' && row.guest !== '').length;
  const showProblems =
    check.state === 'invalid' && (attempted || completeRows >= Math.ceil(resolved.best_of / 2));

  const update = (index: number, which: 'home' | 'guest', value: string) => {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [which]: value } : row)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (check.state !== 'valid' || record.isPending) return;
    const idempotencyKey = keyFor([check.home_sets, check.guest_sets], record.error);
    const queue = () =>
      enqueueResult({
        idempotencyKey,
        seasonId: fixture.season_id,
        fixtureId: fixture.id,
        matchId: match.id,
        matchOrder: match.match_order,
        home_sets: check.home_sets,
        guest_sets: check.guest_sets,
        queuedAt: new Date().toISOString(),
      }).then(onQueued);
    if (!navigator.onLine) {
      void queue();
      return;
    }
    record.mutate(
      {
        seasonId: fixture.season_id,
        fixtureId: fixture.id,
        matchId: match.id,
        home_sets: check.home_sets,
        guest_sets: check.guest_sets,
        idempotencyKey,
      },
      // The request may or may not have reached the server: the same key later makes that safe.
      { onError: (error) => (isConnectionLost(error) ? void queue() : undefined) },
    );
  };

  const rulesText = `${t('result.rules', {
    bestOf: resolved.best_of,
    needed: Math.ceil(resolved.best_of / 2),
    points: resolved.points_per_game,
    winBy: resolved.win_by,
  })}${resolved.strict_scores ? '' : t('result.relaxed')}`;

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="card stack">
        <p className="muted small">
          {t('match.label', { order: match.match_order, type: tCode('match', match.match_type) })} ·{' '}
          {rulesText}
        </p>
        <p className="versus">
          <span>
            <strong>{homeLabel}</strong>
            <span className="muted small"> {fixture.home_team_name}</span>
          </span>
          <span className="muted">{t('common.v')}</span>
          <span>
            <strong>{guestLabel}</strong>
            <span className="muted small"> {fixture.guest_team_name}</span>
          </span>
        </p>
        <GameScoreInputs
          rows={rows}
          homeLabel={fixture.home_team_name}
          guestLabel={fixture.guest_team_name}
          invalidGames={invalidGames}
          onChange={update}
        />
      </div>
      <div aria-live="polite" className="stack">
        {showProblems && check.state === 'invalid' ? (
          <div className="notice notice--warning">
            <p className="notice__title">{t('result.notValid')}</p>
            <ul className="problems">
              {check.problems.map((problem) => (
                <li key={problem.reason}>{problem.reason}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {check.state === 'valid' ? (
          <div className="notice notice--success">
            {t(match.match_type === 'DOUBLE' ? 'result.winPlural' : 'result.wins', {
              name: check.verdict.winner === 'home' ? homeLabel : guestLabel,
              won: Math.max(check.verdict.home_games, check.verdict.guest_games),
              lost: Math.min(check.verdict.home_games, check.verdict.guest_games),
            })}
          </div>
        ) : null}
        {attempted && check.state === 'empty' ? (
          <div className="notice notice--warning">{t('result.enterEach')}</div>
        ) : null}
      </div>
      {online ? null : <div className="notice notice--warning">{t('result.offlineQueued')}</div>}
      {record.isError && !isConnectionLost(record.error) ? (
        <ErrorMessage title={t('result.notRecorded')} error={record.error} />
      ) : null}
      <Button type="submit" busy={record.isPending} disabled={check.state !== 'valid'}>
        {t('result.record')}
      </Button>
    </form>
  );
}
