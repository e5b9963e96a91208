import { useLanguage } from '../i18n/language';
import { switchLanguage, t } from '../i18n/translate';

/** One tap to the other language; the choice is remembered on this phone. */
export function LanguageSwitch() {
  const language = useLanguage();
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      aria-label={t('app.switchToLabel')}
      onClick={() => void switchLanguage(other)}
    >
      {t('app.switchTo')}
    </button>
  );
}
