import fc from 'fast-check';
import { answerTypes } from '../../src/core/answer-types';
import { dataCategoryIds } from '../../src/core/answer-types/data-categories';
import { identifierTypes } from '../../src/core/answer-types/identifiers';
import { urgencyLevels } from '../../src/core/answer-types/urgency';
import { choicesFor, fieldKeysForKind, getField, instrumentIds, kindIds } from '../../src/core/catalogue/catalogue';
import { languageCodes, type FieldType } from '../../src/core/catalogue/catalogue-types';
import { requestSchemaFor, type RequestData } from '../../src/core/request/request-schema';

/**
 * Text as people paste it: any script (Hangul, Hebrew, emoji, CJK Extension B), controls, accents piled up,
 * long unbroken tokens, many lines. Short by default so that a thousand runs stay fast.
 */
const samples = ['', ' ', 'Mailbox Example Ltd.', '한국어 이름', 'שלום', 'مكتب المدعي العام 42(3)(c)', '中文名称𠀀𠀁', '😀👩‍👩‍👧', 'PPS/\u202E7140',
  `Z${'\u0301'.repeat(30)}`, 'x'.repeat(400), 'a\nb\n\nc'];
export const anyText = (maxLength = 120, longest = 20000) => fc.oneof(
  fc.string({ unit: 'binary', maxLength }),
  fc.string({ unit: 'grapheme', maxLength }),
  fc.constantFrom(...samples.filter((s) => s.length <= longest)),
);
const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>, empty: T) => fc.oneof({ weight: 1, arbitrary: fc.constant(empty) }, { weight: 3, arbitrary: arb });

function valueArb(type: FieldType, choices: string[], maxLength?: number): fc.Arbitrary<unknown> {
  const text = anyText(Math.min(maxLength ?? 120, 120), maxLength);
  switch (type) {
    case 'text': case 'longText': return text;
    case 'date': return maybe(isoDate, '');
    case 'number': return fc.option(fc.integer({ min: 0, max: 100000 }), { nil: null });
    case 'yesNo': return fc.constantFrom('', 'yes', 'no');
    case 'affirmation': return fc.boolean();
    case 'textOrNA': return fc.record({ text, notApplicable: fc.boolean(), reason: text });
    case 'periodOrNA': return fc.record({ from: maybe(isoDate, ''), to: maybe(isoDate, ''), notApplicable: fc.boolean(), reason: text });
    case 'period': return fc.record({ from: maybe(isoDate, ''), to: maybe(isoDate, '') });
    case 'choices': return choices.length ? fc.uniqueArray(fc.constantFrom(...choices), { maxLength: 4 }) : fc.constant([]);
    case 'dateTime': return maybe(isoDate.map((d) => `${d}T03:10`), '');
    case 'offences': return fc.array(fc.record({ name: text, provision: text, maxPenalty: text }), { maxLength: 3 });
    case 'identifiers': return fc.array(fc.record({
      type: fc.constantFrom(...identifierTypes), value: text,
      time: maybe(isoDate.map((d) => `${d}T02:14`), ''), timezone: fc.string({ maxLength: 64 }),
    }), { maxLength: 3 });
    case 'contact': return fc.record({ name: text, email: text, phone: text });
    case 'custodian': return fc.record({ name: text, country: text, details: text });
    case 'urgency': return fc.record({ level: fc.constantFrom(...urgencyLevels), deadline: maybe(isoDate, ''), reason: text });
    case 'dataCategories': return fc.uniqueArray(fc.constantFrom(...dataCategoryIds), { maxLength: dataCategoryIds.length });
  }
}

const everyKind = instrumentIds().flatMap((instrument) => kindIds(instrument).map((kind) => ({ instrument, kind })));

/** Any request the schema accepts, of any kind of any instrument, with translations of some of its words. */
export const requestArbitrary: fc.Arbitrary<RequestData> = fc.constantFrom(...everyKind).chain(({ instrument, kind }) => {
  const answers = Object.fromEntries(fieldKeysForKind(instrument, kind).map((key) => {
    const field = getField(key);
    return [key, valueArb(field.type, choicesFor(instrument, key).citations, field.maxLength)];
  }));
  const pair = fc.uniqueArray(fc.constantFrom(...languageCodes), { minLength: 2, maxLength: 2 });
  return fc.record({ answers: fc.record(answers), pair, translated: anyText() }).map(({ answers: a, pair: [language, second], translated }) => {
    const draft = { format: 'mla-request', formatVersion: 1, instrument, kind, language, secondLanguage: second, answers: a, translations: {} as Record<string, Record<string, string>> };
    const words = fieldKeysForKind(instrument, kind).flatMap((key) => answerTypes[getField(key).type].prose(a[key]).map((p) => (p.sub ? `${key}.${p.sub}` : key)));
    if (words[0]) draft.translations[second!] = { [words[0]]: translated };
    return requestSchemaFor(kind, instrument).parse(draft);
  });
});
