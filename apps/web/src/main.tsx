import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { registerServiceWorker } from './app/register-service-worker';
import { warmUp } from './app/warm-up';
import './styles/base.css';
import './styles/frame.css';
import './styles/ui.css';
import './styles/tables.css';
import { getLanguage } from './i18n/language';
import { loadLanguage } from './i18n/translate';
import { getSession } from './lib/auth-session';

document.documentElement.lang = getLanguage();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// Vietnamese is in the bundle (no wait); English arrives first. Offline without it, Vietnamese is shown.
const language = loadLanguage(getLanguage());
warmUp(queryClient, window.location.pathname, getSession());

// The first render as a transition: React renders it in slices of a few milliseconds, yielding to the
// browser between them, instead of one long task after the bundle's evaluation (Lighthouse's TBT on a
// throttled phone was 550–760 ms, most of it this render and the bundle's start-up).
const reactRoot = createRoot(root);
const render = () =>
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
language.then(render, render);
registerServiceWorker();
