import type { LanguageCode } from '../core/catalogue/catalogue-types';
import { isUiLanguage, type LanguagePack, type LanguagePacks } from './create-i18n';

// One chunk per file: the app fetches a language's words (its own, its documents', the law's) when it first needs them.
const files = import.meta.glob<object>(['./locales/*.json', './terms/*.json', './document/*.json', './catalogue/*.generated.json'], { import: 'default' });
const load = (path: string) => {
  const loader = files[path];
  if (!loader) throw new Error(`no language file ${path}`);
  return loader();
};

const loaded = new Map<LanguageCode, Promise<LanguagePack>>();

/** A language's pack, fetched once (from the service worker's cache when offline). */
export function loadLanguagePack(lang: LanguageCode): Promise<LanguagePack> {
  let pack = loaded.get(lang);
  if (!pack) {
    pack = Promise.all([
      isUiLanguage(lang) ? load(`./locales/${lang}.json`) : Promise.resolve(undefined),
      load(`./terms/${lang}.json`), load(`./document/${lang}.json`), load(`./catalogue/${lang}.generated.json`),
    ]).then(([ui, terms, doc, catalogue]) => ({ ...(ui ? { ui } : {}), terms, doc, catalogue }));
    pack.catch(() => loaded.delete(lang));
    loaded.set(lang, pack);
  }
  return pack;
}

export async function loadLanguagePacks(langs: readonly LanguageCode[]): Promise<LanguagePacks> {
  return Object.fromEntries(await Promise.all(langs.map(async (l) => [l, await loadLanguagePack(l)] as const)));
}
