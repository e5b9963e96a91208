import type { QueryClient } from '@tanstack/react-query';
import { useLanguage } from '../i18n/language';
import { Layout } from './layout';
import { Providers } from './providers';
import { Router } from './router';

export function App({ queryClient }: { queryClient: QueryClient }) {
  // Every text comes from t(): re-rendering the whole tree on a language switch is what applies it.
  const language = useLanguage();
  return (
    <Providers client={queryClient}>
      <Layout key={language}>
        <Router />
      </Layout>
    </Providers>
  );
}
