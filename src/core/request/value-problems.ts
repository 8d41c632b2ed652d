import type { z } from 'zod';
import { describeValue } from './describe-value';

/** A value that breaks its schema, as a message code (`check.codes.*`) with the numbers the message needs. */
export interface ValueProblem {
  code: string;
  params: Record<string, string | number>;
}

/** The value at a path below a root, read without trusting any of it. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of path) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

const expectedWords: Record<string, string> = { string: 'text', number: 'number', int: 'wholeNumber', boolean: 'yesNo', array: 'list', object: 'group' };

/**
 * Zod's issue in the words of the field: "at most 64 characters: 72 given". The value is looked up in the
 * data itself, so that the message can say what was given.
 */
export function problemOfIssue(issue: z.core.$ZodIssue, root: unknown): ValueProblem {
  const given = valueAt(root, issue.path);
  const length = typeof given === 'string' || Array.isArray(given) ? given.length : 0;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return { code: 'tooLong', params: { max: Number(issue.maximum), given: length } };
      if (issue.origin === 'array') return { code: 'tooMany', params: { max: Number(issue.maximum), given: length } };
      return { code: 'tooLarge', params: { max: Number(issue.maximum), given: describeValue(given) } };
    case 'too_small':
      return { code: 'tooSmall', params: { min: Number(issue.minimum), given: describeValue(given) } };
    case 'invalid_format':
      return { code: issue.format === 'date' ? 'badDate' : 'badDateTime', params: { given: describeValue(given) } };
    case 'invalid_type':
      if (issue.expected === 'int' && typeof given === 'number') return { code: 'notWhole', params: { given: describeValue(given) } };
      return { code: 'wrongType', params: { expected: expectedWords[issue.expected] ?? 'other', given: describeValue(given) } };
    case 'invalid_value':
      return { code: 'notAllowed', params: { given: describeValue(given) } };
    case 'custom':
      return { code: issue.message, params: (issue.params ?? {}) as Record<string, string | number> };
    default:
      return { code: 'invalidValue', params: {} };
  }
}
