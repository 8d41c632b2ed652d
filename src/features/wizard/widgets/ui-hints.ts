/**
 * How some one-line (`text`) answers are shown: a name with an address, or a signature block with the
 * signatory's title, is written on several lines. The answer's type and limits stay those of the catalogue;
 * this only chooses the input (rjsf's uiSchema, kept apart from the schema).
 */
export const multilineTextFields: ReadonlySet<string> = new Set(['requestingAuthority', 'centralAuthority', 'signatory']);
