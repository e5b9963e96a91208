import { useState } from 'react';
import { t } from '../../i18n/translate';
import { Button } from './button';

/**
 * Results travel through Zalo and Facebook groups: the phone's own share sheet where it has one
 * (Web Share API), a copied link elsewhere. The link's preview card comes from the server.
 */
export function ShareButton({ title, text, path }: { title: string; text?: string; path: string }) {
  const [copied, setCopied] = useState(false);
  const url = new URL(path, window.location.origin).toString();
  const share = async () => {
    if (typeof navigator.share === 'function') {
      await navigator.share({ title, text, url }).catch(() => {});
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      window.prompt(t('common.share'), url);
    }
  };
  return (
    <span className="share">
      <Button variant="secondary" onClick={() => void share()}>
        {t('common.share')}
      </Button>
      {copied ? (
        <span className="small" role="status">
          {t('common.linkCopied')}
        </span>
      ) : null}
    </span>
  );
}
