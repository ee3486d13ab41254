import { FIELD_LIMITS, slugify } from '@ocmf/standard';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import type { CategoryDraft } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import './proposal-editor.css';

/** A new category: key (following its name), name, description and, optionally, where it goes. */
export function AddCategoryFields({ draft, before, onChange, fields }: ChangeFieldsProps<'ADD_CATEGORY'>) {
  const c = draft.category;
  const set = (patch: Partial<CategoryDraft>) => onChange({ ...draft, category: { ...c, ...patch } });
  const field = (name: keyof CategoryDraft) => ({
    id: fields.id(`category.${name}`),
    name: fields.name(`category.${name}`),
    error: fields.error(`category.${name}`),
  });
  const last = before.categories.length + 1;
  return (
    <div className="change-fields">
      <p className="muted">A new category starts with Focus 0%. To give it a share, add a Focus % re-balance after this change.</p>
      <TextField
        {...field('name')}
        label="Name"
        value={c.name}
        maxLength={FIELD_LIMITS.name}
        required
        onChange={(event) => {
          const name = event.target.value;
          set(draft.keyEdited ? { name } : { name, key: slugify(name) });
        }}
      />
      <TextField
        {...field('key')}
        label="Key"
        hint="Suggested from the name: lower-case words joined by hyphens. It never changes once published."
        value={c.key}
        required
        spellCheck={false}
        autoCapitalize="off"
        onChange={(event) => {
          const key = event.target.value;
          onChange({ ...draft, keyEdited: key !== '' && key !== slugify(c.name), category: { ...c, key } });
        }}
      />
      <TextAreaField
        {...field('description')}
        label="Description"
        value={c.description}
        rows={3}
        maxLength={FIELD_LIMITS.description}
        required
        onChange={(event) => set({ description: event.target.value })}
      />
      <TextField
        {...field('position')}
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
