import { MAX_TEAM_SIZE, positionsOf } from '@pingpong/domain';
import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { t } from '../../../i18n/translate';
import { badSlots, customDraft, formatProblems, nextSlot, parseCustomDraft } from '../custom-format';

const SIZES = Array.from({ length: MAX_TEAM_SIZE }, (_, i) => i + 1);
/** More than a league night holds; the domain allows 99. */
const MAX_SLOTS = 15;

/** The organiser's own order of play: team size, then each match as singles (A against X…) or the doubles. */
export function FormatBuilder({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  const format = parseCustomDraft(value);
  const bad = badSlots(format);
  const empty = formatProblems(format).length > 0 && format.slots.length === 0;
  const home = positionsOf('home', format.team_size);
  const guest = positionsOf('guest', format.team_size);
  const set = (slots: readonly string[], teamSize = format.team_size) =>
    onChange(customDraft({ team_size: teamSize, slots }));
  const replace = (index: number, slot: string) => set(format.slots.map((s, i) => (i === index ? slot : s)));

  return (
    <fieldset className="format-builder stack--tight" aria-describedby={`${id}-help`}>
      <legend className="field__label">{t('rules.custom.title')}</legend>
      <p id={`${id}-help`} className="muted small">
        {t('rules.custom.help')}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-size`}>
          {t('rules.custom.teamSize')}
        </label>
        <select
          id={`${id}-size`}
          className="field__control"
          value={format.team_size}
          onChange={(event) => set(format.slots, Number(event.target.value))}
        >
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {t('rules.custom.players', { count: size })}
            </option>
          ))}
        </select>
      </div>
      <ol className="format-builder__slots">
        {format.slots.map((slot, index) => {
          const order = index + 1;
          const [h = '', g = ''] = slot.split('-');
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a slot is its place in the order of play.
            <li key={index} className={bad.has(index) ? 'format-slot format-slot--bad' : 'format-slot'}>
              <span className="format-slot__order">{t('rules.custom.match', { order })}</span>
              <select
                className="field__control"
                aria-label={t('rules.custom.typeOf', { order })}
                value={slot === 'D' ? 'D' : 'S'}
                onChange={(event) => replace(index, event.target.value === 'D' ? 'D' : nextSlot(format))}
              >
                <option value="S">{t('match.SINGLE')}</option>
                <option value="D">{t('match.DOUBLE')}</option>
              </select>
              {slot === 'D' ? (
                <span className="format-slot__pair">{t('rules.custom.doubles')}</span>
              ) : (
                <span className="format-slot__pair">
                  <select
                    className="field__control"
                    aria-label={t('rules.custom.homeOf', { order })}
                    aria-invalid={bad.has(index) || undefined}
                    value={h}
                    onChange={(event) => replace(index, `${event.target.value}-${g}`)}
                  >
                    {(home.includes(h) ? home : [h, ...home]).map((position) => (
                      <option key={position} value={position}>
                        {position}
                      </option>
                    ))}
                  </select>
                  <span aria-hidden="true">–</span>
                  <select
                    className="field__control"
                    aria-label={t('rules.custom.guestOf', { order })}
                    aria-invalid={bad.has(index) || undefined}
                    value={g}
                    onChange={(event) => replace(index, `${h}-${event.target.value}`)}
                  >
                    {(guest.includes(g) ? guest : [g, ...guest]).map((position) => (
                      <option key={position} value={position}>
                        {position}
                      </option>
                    ))}
                  </select>
                </span>
              )}
              <Button
                variant="ghost"
                className="format-slot__remove"
                onClick={() => set(format.slots.filter((_, i) => i !== index))}
              >
                {t('rules.custom.remove')}
                <span className="visually-hidden">{t('rules.custom.removeOf', { order })}</span>
              </Button>
              {bad.has(index) ? (
                <p className="field__error format-slot__error">
                  {t('rules.custom.badSlot', { positions: [...home, ...guest].join(', ') })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {empty ? <p className="field__error">{t('rules.custom.empty')}</p> : null}
      <div className="button-row">
        <Button
          variant="secondary"
          disabled={format.slots.length >= MAX_SLOTS}
          onClick={() => set([...format.slots, nextSlot(format)])}
        >
          {t('rules.custom.addSingles')}
        </Button>
        <Button
          variant="secondary"
          disabled={format.slots.length >= MAX_SLOTS}
          onClick={() => set([...format.slots, 'D'])}
        >
          {t('rules.custom.addDoubles')}
        </Button>
      </div>
    </fieldset>
  );
}
