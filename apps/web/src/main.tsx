import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import './styles/base.css';
import './styles/frame.css';
import './styles/ui.css';
import './styles/tables.css';
import { getLanguage } from './i18n/language';

document.documentElement.lang = getLanguage();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
