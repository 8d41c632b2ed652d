import { useState } from 'react';
import { isControl } from '../../core/printable/printable-text';
import { useTranslations } from '../../i18n/use-translations';
import { maxRecordName } from '../../lib/record-store';


/**
 * The draft's name. Invisible direction controls are taken out as it is typed, with a note: a name must read
 * in the list as it was written.
 */
export function DraftName({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const { t } = useTranslations();
  const [value, setValue] = useState(name);
  const [removed, setRemoved] = useState(false);
  // A draft named from its answers (kind, requested State, reference) follows them until the user names it.
  const [given, setGiven] = useState(name);
  if (name !== given) {
    setGiven(name);
    setValue(name);
  }
  return (
    <div className="sub-field draft-name">
      <label htmlFor="draft-name">{t('drafts.nameLabel')}</label>
      <input id="draft-name" type="text" value={value} maxLength={maxRecordName} aria-describedby={removed ? 'draft-name-note' : undefined}
        onChange={(e) => {
          const clean = [...e.target.value].filter((ch) => !isControl(ch)).join('');
          setRemoved(clean !== e.target.value);
          setValue(clean);
          onRename(clean);
        }} />
      {removed ? <p id="draft-name-note" role="status" className="muted">{t('limits.nameControls')}</p> : null}
    </div>
  );
}
