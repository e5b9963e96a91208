import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../../lib/navigation';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; replace?: boolean };

/** A real <a href> (works with middle-click, long-press, copy link) that navigates in-app on a plain click. */
export function Link({ href, replace, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || rest.target) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href, { replace });
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
