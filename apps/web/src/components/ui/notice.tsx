import type { ReactNode } from 'react';

export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'success' | 'warning';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'info' ? undefined : 'status'}>
      {children}
    </div>
  );
}
