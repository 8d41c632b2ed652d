import type { FieldType } from '../catalogue/catalogue-types';
import { affirmationType } from './affirmation';
import type { AnswerType } from './answer-type';
import { contactType } from './contact';
import { custodianType } from './custodian';
import { dateType } from './date';
import { identifiersType } from './identifiers';
import { longTextType } from './long-text';
import { numberType } from './number';
import { offencesType } from './offences';
import { periodOrNaType, periodType } from './period';
import { choicesType } from './choices';
import { dataCategoriesType } from './data-categories';
import { dateTimeType } from './date-time';
import { textOrNaType } from './text-or-na';
import { textType } from './text';
import { urgencyType } from './urgency';
import { yesNoType } from './yes-no';

/** Every answer type, by the name fields.json uses. The compiler keeps this and `fieldTypes` in step. */
export const answerTypes: Record<FieldType, AnswerType> = {
  text: textType,
  longText: longTextType,
  date: dateType,
  dateTime: dateTimeType,
  number: numberType,
  yesNo: yesNoType,
  affirmation: affirmationType,
  textOrNA: textOrNaType,
  periodOrNA: periodOrNaType,
  period: periodType,
  choices: choicesType,
  offences: offencesType,
  identifiers: identifiersType,
  contact: contactType,
  custodian: custodianType,
  urgency: urgencyType,
  dataCategories: dataCategoriesType,
};

export type { AnswerEvaluation, AnswerProblem, AnswerState, AnswerType, FormatContext, ProsePart } from './answer-type';

/** Whether an answer holds anything to print (a word, a date, a choice), whatever it lacks to be complete. */
export function hasContent(type: FieldType, value: unknown): boolean {
  return answerTypes[type].format(value, { t: (k) => k, instrument: '', choiceSet: '', choices: [], words: (_s, text) => text, date: (d) => d, dateTime: (d) => d }) !== '';
}
