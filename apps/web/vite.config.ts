import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './config/precompress-plugin.ts';
import { preloadHints } from './config/preload-hints-plugin.ts';
import { serviceWorker } from './config/service-worker-plugin.ts';

const API_TARGET = process.env.API_TARGET ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), serviceWorker(), precompress(), preloadHints({ en: 'src/i18n/en.ts' })],
  server: {
    port: 5173,
    // Everything the server owns goes to it, so the dev app talks to the same origin as in production.
    proxy: {
      '/api': { target: API_TARGET, changeOrigin: true },
      '/uploads': { target: API_TARGET, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunk stays cached across releases. Only
        // those every first screen runs go in it; the rest (TypeBox behind the domain's rules, used by the
        // organiser's and captain's screens) load with the lazy screens that import them, so a fan's phone
        // neither downloads nor compiles them.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@tanstack|openapi-fetch|idb-keyval)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
