import type { LanguageCode } from '../../core/catalogue/catalogue-types';
import type { RequestData } from '../../core/request/request-schema';
import { translationUnits } from '../../core/translation/translation-units';
import { useTranslations } from '../../i18n/use-translations';

export interface LanguageChange {
  which: 'first' | 'second';
  from: LanguageCode | '';
}

/**
 * What a change of language did to what the user wrote: nothing is rewritten or dropped. The answers are
 * only declared to be in the new language; translations are kept per language, and those into the new
 * second language (if any were written before) come back.
 */
export function LanguageChangeNotice({ change, request }: { change: LanguageChange; request: RequestData }) {
  const { t, td } = useTranslations();
  const lang = (l: string) => td(`lang.${l}`);
  let text: string;
  if (change.which === 'first') {
    text = t('export.firstChanged', { lang: lang(request.language), from: change.from ? lang(change.from) : '—' });
  } else {
    const second = request.secondLanguage;
    const units = second && second !== request.language ? translationUnits(request, second) : [];
    const given = units.filter((u) => u.translated).length;
    const kept = change.from ? Object.values(request.translations[change.from] ?? {}).filter((v) => v.trim()).length : 0;
    text = [
      units.length ? t('export.secondChanged', { lang: lang(second), given, total: units.length }) : '',
      kept ? t('export.translationsKept', { count: kept, lang: lang(change.from) }) : '',
    ].filter(Boolean).join(' ');
  }
  return text ? <p className="notice language-change" role="status">{text}</p> : null;
}
