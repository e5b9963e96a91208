import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import type { Side } from '../api/get-lineups';
import { useCaptainAction } from '../api/use-captain-action';

interface ForfeitMatchProps {
  matches: { id: string; match_order: number }[];
  homeName: string;
  guestName: string;
}

/** A player did not turn up: the side that did not play loses the match, nobody's rating moves. */
export function ForfeitMatch({ matches, homeName, guestName }: ForfeitMatchProps) {
  const [open, setOpen] = useState(false);
  const [matchId, setMatchId] = useState('');
  const [side, setSide] = useState<Side | ''>('');
  const [reason, setReason] = useState('');
  const forfeit = useCaptainAction((absent: Side) =>
    api.POST('/api/v1/matches/{id}/forfeit', {
      params: { path: { id: matchId } },
      body: { side: absent, reason: reason.trim() },
    }),
  );
  if (matches.length === 0) return null;
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('captain.forfeit')}
      </Button>
    );
  }
  const winner = side === 'home' ? guestName : side === 'guest' ? homeName : null;
  return (
    <section className="card stack--tight" aria-labelledby="forfeit-title">
      <h2 id="forfeit-title" className="section-title">
        {t('captain.forfeitTitle')}
      </h2>
      <SelectField
        label={t('captain.forfeitMatch')}
        value={matchId}
        emptyLabel={t('captain.choose')}
        options={matches.map((match) => ({
          value: match.id,
          label: t('lineup.matchN', { order: match.match_order }),
        }))}
        onChange={setMatchId}
      />
      <SelectField
        label={t('captain.forfeitSide')}
        value={side}
        emptyLabel={t('captain.choose')}
        options={[
          { value: 'home', label: homeName },
          { value: 'guest', label: guestName },
        ]}
        onChange={(value) => setSide(value as Side | '')}
      />
      <TextField
        label={t('captain.forfeitReason')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
      {winner ? <p className="muted small">{t('captain.forfeitEffect', { winner })}</p> : null}
      {forfeit.error ? <ErrorMessage title={t('captain.forfeitFailed')} error={forfeit.error} /> : null}
      <div className="button-row">
        <Button
          variant="danger"
          busy={forfeit.isPending}
          disabled={!matchId || !side || !reason.trim()}
          onClick={() => side && forfeit.mutate(side)}
        >
          {t('captain.forfeitSend')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </section>
  );
}
