import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { graphqlDocuments } from './scripts/graphql-documents';

/** Everything the API serves besides the web app; the dev server forwards it to the API on port 3000. */
const api = 'http://localhost:3000';

/** Libraries only the live connection (subscriptions over a WebSocket) uses. */
const LIVE_ONLY = /[\\/]node_modules[\\/](graphql-ws|@apollo[\\/]client[\\/]link[\\/]subscriptions)[\\/]/;

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  resolve: {
    // Workspace packages (e.g. @ocmf/standard) export their TypeScript source under the `source` condition.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/health': api,
      '/schema': api,
      '/feeds': api,
      '^/releases/[^/]+\\.(json|csv|md)$': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across app releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/ },
            // The WebSocket client stays with live-connection.ts, which the first subscription loads.
            { name: 'graphql', test: (id) => /[\\/]node_modules[\\/]/.test(id) && !LIVE_ONLY.test(id) },
          ],
        },
      },
    },
  },
});
