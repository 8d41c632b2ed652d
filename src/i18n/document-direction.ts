import type { UiLanguage } from './create-i18n';

/** The page's `lang` (Chinese as written in simplified script) and `dir`: Arabic lays the whole page out right to left. */
export function applyPageLanguage(lang: UiLanguage, root: HTMLElement = document.documentElement): void {
  root.lang = lang === 'zh' ? 'zh-Hans' : lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

/** The browser's preferred language, if the interface is written in it. */
export function browserLanguage(preferred: readonly string[], known: readonly UiLanguage[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] as UiLanguage;
    if (known.includes(base)) return base;
  }
  return 'en';
}
