import { useId } from 'react';
import { t } from '../../../i18n/translate';
import { customDraft, isCustomDraft, startingFormat } from '../custom-format';
import {
  CHOICE_RULES,
  choiceLabel,
  RULE_GROUPS,
  type RuleKey,
  type RulesDraft,
  ruleHelp,
  ruleLabel,
} from '../rules';
import { FormatBuilder } from './format-builder';

interface RulesEditorProps {
  draft: RulesDraft;
  invalid: ReadonlySet<RuleKey>;
  onChange: (draft: RulesDraft) => void;
}

function Rule({
  rule,
  value,
  invalid,
  onChange,
}: {
  rule: RuleKey;
  value: string | boolean;
  invalid: boolean;
  onChange: (value: string | boolean) => void;
}) {
  const id = useId();
  const choices = CHOICE_RULES[rule];
  if (choices) {
    const custom = rule === 'format' && isCustomDraft(String(value));
    return (
      <div className="rule field">
        <label htmlFor={id} className="field__label">
          {t(ruleLabel(rule))}
        </label>
        <select
          id={id}
          className="field__control"
          value={custom ? 'CUSTOM' : String(value)}
          aria-describedby={`${id}-help`}
          onChange={(event) =>
            onChange(
              event.target.value === 'CUSTOM'
                ? customDraft(startingFormat(String(value)))
                : event.target.value,
            )
          }
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t(choiceLabel(rule, choice))}
            </option>
          ))}
        </select>
        <p id={`${id}-help`} className="muted small">
          {t(ruleHelp(rule))}
        </p>
        {custom ? <FormatBuilder value={String(value)} onChange={onChange} /> : null}
      </div>
    );
  }
  if (typeof value === 'boolean') {
    return (
      <div className="rule rule--switch">
        <input
          id={id}
          type="checkbox"
          checked={value}
          aria-describedby={`${id}-help`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id} className="field__label">
          {t(ruleLabel(rule))}
        </label>
        <p id={`${id}-help`} className="muted small">
          {t(ruleHelp(rule))}
        </p>
      </div>
    );
  }
  return (
    <div className="rule field">
      <label htmlFor={id} className="field__label">
        {t(ruleLabel(rule))}
      </label>
      <input
        id={id}
        className="field__control"
        inputMode="decimal"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-help`} className={invalid ? 'field__error' : 'muted small'}>
        {invalid ? `${t('rules.outOfRange')} ` : ''}
        {t(ruleHelp(rule))}
      </p>
    </div>
  );
}

/** Every season rule with what it does, in the league's words; the defaults are the league's usual. */
export function RulesEditor({ draft, invalid, onChange }: RulesEditorProps) {
  return (
    <>
      {RULE_GROUPS.map((group) => (
        <fieldset key={group.title} className="card stack rules-group">
          <legend className="section-title">{t(group.title)}</legend>
          {group.rules.map((rule) => (
            <Rule
              key={rule}
              rule={rule}
              value={draft[rule]}
              invalid={invalid.has(rule)}
              onChange={(value) => onChange({ ...draft, [rule]: value })}
            />
          ))}
        </fieldset>
      ))}
    </>
  );
}
