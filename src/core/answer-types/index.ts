import type { FieldType } from '../catalogue/catalogue-schema';
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
import { purposesType } from './purposes';
import { textOrNaType } from './text-or-na';
import { textType } from './text';
import { urgencyType } from './urgency';
import { yesNoType } from './yes-no';

/** Every answer type, by the name fields.json uses. The compiler keeps this and `fieldTypes` in step. */
export const answerTypes: Record<FieldType, AnswerType> = {
  text: textType,
  longText: longTextType,
  date: dateType,
  number: numberType,
  yesNo: yesNoType,
  affirmation: affirmationType,
  textOrNA: textOrNaType,
  periodOrNA: periodOrNaType,
  period: periodType,
  purposes: purposesType,
  offences: offencesType,
  identifiers: identifiersType,
  contact: contactType,
  custodian: custodianType,
  urgency: urgencyType,
};

export type { AnswerEvaluation, AnswerProblem, AnswerState, AnswerType, FormatContext, ProsePart } from './answer-type';
