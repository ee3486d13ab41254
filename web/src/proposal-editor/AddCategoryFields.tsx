import { FIELD_LIMITS } from '@ocmf/standard';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import type { CategoryDraft } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import { NameAndKeyFields } from './NameAndKeyFields';
import './proposal-editor.css';

/** A new category: key (following its name), name, description and, optionally, where it goes. */
export function AddCategoryFields({ draft, before, onChange, fields }: ChangeFieldsProps<'ADD_CATEGORY'>) {
  const c = draft.category;
  const set = (patch: Partial<CategoryDraft>) => onChange({ ...draft, category: { ...c, ...patch } });
  const last = before.categories.length + 1;
  return (
    <div className="change-fields">
      <p className="muted">A new category starts with Focus 0%. To give it a share, add a Focus % re-balance after this change.</p>
      <NameAndKeyFields
        fields={fields}
        prefix="category"
        value={{ name: c.name, key: c.key, keyEdited: draft.keyEdited }}
        keyHint="Suggested from the name: lower-case words joined by hyphens. It never changes once published."
        onChange={({ name, key, keyEdited }) => onChange({ ...draft, keyEdited, category: { ...c, name, key } })}
      />
      <TextAreaField
        {...fields.input('category.description')}
        label="Description"
        value={c.description}
        rows={3}
        maxLength={FIELD_LIMITS.description}
        required
        onChange={(event) => set({ description: event.target.value })}
      />
      <TextField
        {...fields.input('category.position')}
        label="Position (optional)"
        hint={`Where it appears, from 1 to ${last}. Leave empty to add it last.`}
        type="number"
        inputMode="numeric"
        min={1}
        max={last}
        step={1}
        value={c.position}
        className="input--short"
        onChange={(event) => set({ position: event.target.value })}
      />
    </div>
  );
}
