import { t } from '../../../i18n/translate';
import type { GameRow } from '../game-rows';

interface GameScoreInputsProps {
  rows: GameRow[];
  homeLabel: string;
  guestLabel: string;
  invalidGames: Set<number>;
  onChange: (index: number, side: 'home' | 'guest', value: string) => void;
}

export function GameScoreInputs({
  rows,
  homeLabel,
  guestLabel,
  invalidGames,
  onChange,
}: GameScoreInputsProps) {
  return (
    <fieldset className="games">
      <legend className="visually-hidden">{t('result.gameScores')}</legend>
      <div className="games__header" aria-hidden="true">
        <span />
        <span>{t('result.home')}</span>
        <span>{t('result.guest')}</span>
      </div>
      {rows.map((row, index) => {
        const game = index + 1;
        const invalid = invalidGames.has(game);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: games are positional; a row never moves.
          <div className="games__row" key={index}>
            <span className="games__label">{t('result.game', { game })}</span>
            {(['home', 'guest'] as const).map((side) => (
              <input
                key={side}
                className="field__control games__input"
                type="text"
                inputMode="numeric"
                pattern="[0-9]*"
                maxLength={2}
                autoComplete="off"
                aria-label={t('result.gameScore', { game, team: side === 'home' ? homeLabel : guestLabel })}
                aria-invalid={invalid || undefined}
                value={row[side]}
                onChange={(event) => onChange(index, side, event.target.value.replace(/[^0-9]/g, ''))}
              />
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
