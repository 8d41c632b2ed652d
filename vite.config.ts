import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Nothing may load from, or be sent to, another origin: case data stays on this machine.
 * Only in the built app: the dev server needs inline scripts and a websocket for hot reload.
 */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'; " +
  "img-src 'self' data: blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'self'";

const cspPlugin: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
  ],
};

export default defineConfig({
  plugins: [react(), cspPlugin],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
