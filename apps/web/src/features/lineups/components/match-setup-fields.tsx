import { useId } from 'react';
import { t, tCode } from '../../../i18n/translate';
import { MATCH_ORDERS, type MatchType } from '../lineup-draft';

interface MatchSetupFieldsProps {
  order: number | null;
  type: MatchType;
  taken: ReadonlySet<number>;
  orderInvalid: boolean;
  onOrder: (order: number | null) => void;
  onType: (type: MatchType) => void;
}

const TYPES: MatchType[] = ['SINGLE', 'DOUBLE'];

/** Match number (numbers already used stay visible but cannot be picked) and singles or doubles. */
export function MatchSetupFields({
  order,
  type,
  taken,
  orderInvalid,
  onOrder,
  onType,
}: MatchSetupFieldsProps) {
  const id = useId();
  return (
    <div className="lineup-form__setup">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('lineup.matchNumber')}
        </label>
        <select
          id={id}
          className="field__control"
          value={order ?? ''}
          aria-invalid={orderInvalid || undefined}
          onChange={(event) => onOrder(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">–</option>
          {MATCH_ORDERS.map((number) => (
            <option key={number} value={number} disabled={taken.has(number)}>
              {taken.has(number) ? t('lineup.taken', { number }) : number}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="segmented">
        <legend className="field__label">{t('lineup.type')}</legend>
        <div className="segmented__options">
          {TYPES.map((value) => (
            <label key={value} className="segmented__option">
              <input
                type="radio"
                name={`${id}-type`}
                value={value}
                checked={type === value}
                onChange={() => onType(value)}
              />
              <span>{tCode('match', value)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
