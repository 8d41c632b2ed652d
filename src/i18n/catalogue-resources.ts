import { allFieldKeys, getField, getInstrument, instrumentIds } from '../core/catalogue/catalogue';
import type { Localized } from '../core/catalogue/catalogue-schema';

/**
 * The catalogue's labels as an i18next namespace, so the UI reads the law's words through i18next like any
 * other string. Keys: `instruments.<id>.elements.<citation>`, `fields.<key>` and so on.
 */
const pick = (text: Localized, lang: string): string | undefined => text[lang];

function compact(entries: [string, string | undefined][]): Record<string, string> {
  return Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));
}

export function catalogueResources(lang: string) {
  const instruments = Object.fromEntries(instrumentIds().map((id) => {
    const ins = getInstrument(id);
    return [id, {
      title: pick(ins.title, lang),
      shortTitle: pick(ins.shortTitle, lang),
      renderingNotice: pick(ins.renderingNotice, lang),
      kinds: Object.fromEntries(Object.entries(ins.kinds).map(([k, v]) => [k, pick(v.title, lang)])),
      lists: compact(ins.lists.map((l) => [l.id, pick(l.heading, lang)])),
      elements: compact(ins.lists.flatMap((l) => l.elements.map((e) => [e.citation, pick(e.text, lang)] as [string, string | undefined]))),
      choiceSets: Object.fromEntries(Object.entries(ins.choiceSets).map(([name, set]) => [name, compact(set.map((c) => [c.citation, pick(c.text, lang)]))])),
      clauses: compact(Object.entries(ins.clauses).map(([id, c]) => [id, pick(c.text, lang)])),
      status: pick(ins.status, lang),
      notRequired: compact(ins.lists.flatMap((l) => l.elements.flatMap((e) => (e.condition ? [[e.citation, pick(e.condition.reason, lang)] as [string, string | undefined]] : [])))),
      provisions: compact(Object.entries(ins.provisions).map(([c, t]) => [c, pick(t, lang)])),
      fieldLabels: Object.fromEntries(Object.entries(ins.kinds).map(([k, v]) => [k, compact(Object.entries(v.fieldLabels).map(([f, t]) => [f, pick(t, lang)]))])),
    }];
  }));
  const fields = compact(allFieldKeys().map((k) => [k, pick(getField(k).label, lang)]));
  return { instruments, fields };
}
