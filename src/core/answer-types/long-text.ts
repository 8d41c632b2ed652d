import type { AnswerType } from './answer-type';
import { textType } from './text';

/** Several lines or paragraphs of the user's words (facts, reasons): the same rules as text, a larger widget. */
export const longTextType: AnswerType = { ...textType };
