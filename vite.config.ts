import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Everything is served by the app itself: no CDN, no other origin (see index.html's CSP).
export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
