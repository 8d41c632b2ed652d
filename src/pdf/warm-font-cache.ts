import { browserFontUrls } from './browser-font-urls';

/** The service worker's cache for the Latin and Arabic fonts (vite.config.ts serves them from it, cache first). */
export const fontCacheName = 'pdf-fonts';

/**
 * Keeps the Latin and Arabic fonts (1.9 MB) for offline PDFs. The shell calls it once the browser is idle after
 * the first screen (main.tsx): fetched at install they competed with the app's own first load. The first
 * export fetches them anyway if it comes sooner; the 10 MB Chinese font is kept when a Chinese document is
 * first made.
 */
export async function warmFontCache(): Promise<void> {
  if (!('caches' in window)) return;
  const urls = [...new Set([...Object.values(browserFontUrls.NotoSans), ...Object.values(browserFontUrls.Amiri)])];
  try {
    const cache = await caches.open(fontCacheName);
    const kept = await Promise.all(urls.map((u) => cache.match(u)));
    await cache.addAll(urls.filter((_, i) => !kept[i]));
  } catch {
    // Offline or storage refused: the first export fetches what it needs.
  }
}
