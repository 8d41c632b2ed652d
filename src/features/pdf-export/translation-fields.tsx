import { useFormContext, useWatch } from 'react-hook-form';
import { LimitedText } from '../../components/limited-text/limited-text';
import { UserText } from '../../components/user-text/user-text';
import { fieldLabelKey } from '../../core/catalogue/catalogue';
import type { LanguageCode } from '../../core/catalogue/catalogue-types';
import { partWords } from '../../core/completeness/report-messages';
import { limitsAt } from '../../core/json-schema/input-limits';
import { requestSchemaFor, type RequestData } from '../../core/request/request-schema';
import { fingerprint, translationUnits } from '../../core/translation/translation-units';
import { useTranslations } from '../../i18n/use-translations';
import { fieldId } from '../../lib/field-id';

type Texts = Partial<Record<LanguageCode, Record<string, string>>>;

/**
 * A field for each piece of the user's words without which the second column would print the original:
 * whole answers, and each part of a composite one (an offence's name, the custodian's country). Each keeps
 * the fingerprint of the original it was written for, so a changed original marks it stale.
 */
export function TranslationFields({ second }: { second: LanguageCode }) {
  const { t, td } = useTranslations();
  const { setValue, getValues } = useFormContext<RequestData>();
  const values = useWatch() as RequestData;
  const units = translationUnits(values, second);
  const limit = limitsAt(requestSchemaFor(values.kind, values.instrument), `translations.${second}.x`).maxLength;
  const lang = td(`lang.${second}`);
  // Keys of translations hold dots (`offences.0.name`): the records are set whole, never by path.
  const setText = (key: string, text: string, original: string) => {
    const translations = (getValues('translations') ?? {}) as Texts;
    const basis = (getValues('translationBasis') ?? {}) as Texts;
    setValue('translations', { ...translations, [second]: { ...translations[second], [key]: text } } as never, { shouldDirty: true });
    setValue('translationBasis', { ...basis, [second]: { ...basis[second], [key]: fingerprint(original) } } as never, { shouldDirty: true });
  };
  if (units.length === 0) return <p>{t('export.nothingToTranslate')}</p>;
  return (
    <>
      {units.map((unit) => {
        const id = fieldId(`translations.${second}.${unit.key}`);
        const label = `${td(fieldLabelKey(values.instrument, values.kind, unit.field))}${unit.sub ? ` (${partWords(td, unit.sub)})` : ''}`;
        const text = values.translations?.[second]?.[unit.key] ?? '';
        return (
          <div key={`${second}-${unit.key}`} className={`sub-field translation${unit.stale ? ' stale' : ''}`}>
            <label htmlFor={id}>{t('export.translationLabel', { field: label, lang })}</label>
            <p className="original"><span className="muted">{t('export.original')}</span> <UserText text={unit.original} /></p>
            {unit.stale ? (
              <p className="field-error" id={`${id}-stale`}>
                {t('export.stale')}{' '}
                <button type="button" className="secondary small" onClick={() => setText(unit.key, text, unit.original)}>{t('export.stillCorrect')}</button>
              </p>
            ) : null}
            <LimitedText id={id} multiline rows={3} lang={second} dir={second === 'ar' ? 'rtl' : undefined} maxLength={limit} length={text.length}
              value={text} aria-describedby={unit.stale ? `${id}-stale` : undefined} onChange={(e) => setText(unit.key, e.target.value, unit.original)} />
          </div>
        );
      })}
    </>
  );
}
