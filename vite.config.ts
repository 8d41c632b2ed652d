import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * Works offline after the first visit: the app is precached; the Latin and Arabic fonts are put in their cache
 * once the browser is idle after the first screen (src/pdf/warm-font-cache.ts), so they do not compete with
 * the first load; the 10 MB Chinese font is cached the first time a Chinese document is made.
 */
const offline = VitePWA({
  injectRegister: 'script', // an inline script would break the strict script-src above
  registerType: 'autoUpdate',
  manifest: {
    name: 'MLA Request Builder', short_name: 'MLA Requests', start_url: '.', display: 'standalone',
    background_color: '#f6f7f9', theme_color: '#1f4f8f',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    runtimeCaching: [
      { urlPattern: /\/assets\/(NotoSans|Amiri)_[^/]*\.ttf$/, handler: 'CacheFirst', options: { cacheName: 'pdf-fonts' } },
      { urlPattern: /\/assets\/NotoSansSC_[^/]*\.ttf$/, handler: 'CacheFirst', options: { cacheName: 'cjk-font' } },
    ],
  },
});

export default defineConfig({
  plugins: [react(), cspPlugin, offline],
  // No modulepreload polyfill (0.3 KB of the first screen): current browsers preload modules themselves; in
  // those that do not (Safari before 17, Firefox before 115) the chunks still load, only not ahead of time.
  build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: { polyfill: false } },
  server: { port: 5173 },
  preview: { port: 4173 },
});
