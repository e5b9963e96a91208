import { positionsOf, resolveFormat } from '@pingpong/domain';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Notice } from '../../../components/ui/notice';
import { SelectField } from '../../../components/ui/select-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { useTeamMembers } from '../../../lib/team-members-query';
import type { FixtureLineups, Side } from '../api/get-lineups';
import { useCaptainAction } from '../api/use-captain-action';

interface LineupByPositionProps {
  fixtureId: string;
  seasonId: string;
  teamId: string;
  side: Side;
  lineups: FixtureLineups;
  /** A result is in: positions are fixed, only a missing doubles pair may still be named. */
  locked: boolean;
  doublesOpen: boolean;
}

/** The whole lineup on one screen: one choice per position of the season's format, then save once. */
export function LineupByPosition({
  fixtureId,
  seasonId,
  teamId,
  side,
  lineups,
  locked,
  doublesOpen,
}: LineupByPositionProps) {
  const format = resolveFormat(lineups.format);
  const roster = useTeamMembers(teamId, seasonId);
  const mine = lineups[side];
  const [positions, setPositions] = useState<Record<string, string>>(mine.positions ?? {});
  const [pair, setPair] = useState<string[]>(mine.doubles ?? ['', '']);
  const save = useCaptainAction(() => {
    const chosen = Object.fromEntries(Object.entries(positions).filter(([, id]) => id));
    const doubles = pair[0] && pair[1] ? pair : undefined;
    return api.PUT('/api/v1/fixtures/{id}/lineups/{side}', {
      params: { path: { id: fixtureId, side } },
      body: { positions: chosen, doubles },
    });
  });

  if (!format) return null;
  const hasDoubles = format.slots.some((slot) => slot.match_type === 'DOUBLE');
  const options = (roster.data ?? [])
    .filter((member) => member.status === 'ACTIVE')
    .map((member) => ({ value: member.player_id, label: member.full_name }));
  const picked = Object.values(positions).filter(Boolean);
  const twice = picked.length !== new Set(picked).size;
  const pairTwice = Boolean(pair[0]) && pair[0] === pair[1];

  return (
    <section className="card stack--tight" aria-labelledby="lineup-title">
      <h2 id="lineup-title" className="section-title">
        {t('captain.lineupTitle')}
      </h2>
      <p className="muted small">
        {mine.submitted ? t('captain.lineupSubmitted') : t('captain.lineupHint')}{' '}
        {lineups.complete ? null : t('captain.lineupHidden')}
      </p>
      {positionsOf(side, format.team_size).map((position) => (
        <fieldset key={position} disabled={locked} className="plain-fieldset">
          <SelectField
            label={t('captain.position', { position })}
            value={positions[position] ?? ''}
            options={options}
            emptyLabel={t('captain.emptyPosition')}
            onChange={(value) => setPositions((current) => ({ ...current, [position]: value }))}
          />
        </fieldset>
      ))}
      {hasDoubles ? (
        <fieldset disabled={!doublesOpen} className="plain-fieldset">
          {[0, 1].map((index) => (
            <SelectField
              key={index}
              label={t(index === 0 ? 'captain.doubles1' : 'captain.doubles2')}
              value={pair[index] ?? ''}
              options={options}
              emptyLabel={t('captain.doublesLater')}
              onChange={(value) => setPair((current) => current.map((id, i) => (i === index ? value : id)))}
            />
          ))}
        </fieldset>
      ) : null}
      {twice || pairTwice ? <Notice tone="warning">{t('captain.pickedTwice')}</Notice> : null}
      {save.isSuccess ? <Notice tone="success">{t('captain.lineupSaved')}</Notice> : null}
      {save.error ? <ErrorMessage title={t('captain.lineupRefused')} error={save.error} /> : null}
      <Button
        busy={save.isPending}
        disabled={twice || pairTwice || picked.length === 0}
        onClick={() => save.mutate(undefined)}
      >
        {t('captain.lineupSave')}
      </Button>
    </section>
  );
}
