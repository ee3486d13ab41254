import { FIELD_LIMITS, findCategory } from '@ocmf/standard';
import { fieldLabel } from '../proposals/change-labels';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { CategoryPicker } from './CategoryPicker';
import { CATEGORY_PATCH_FIELDS, type CategoryPatchField, categoryFieldText } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import { PatchFieldset } from './PatchFieldset';
import { PatchToggle } from './PatchToggle';
import './proposal-editor.css';

/** Picks a category, then the fields to change (name, description, position), each showing its current value. */
export function UpdateCategoryFields({ draft, before, onChange, fields }: ChangeFieldsProps<'UPDATE_CATEGORY'>) {
  const category = findCategory(before, draft.categoryKey);
  const setValue = (field: CategoryPatchField, value: string) => onChange({ ...draft, patch: { ...draft.patch, [field]: value } });
  const toggle = (field: CategoryPatchField, on: boolean) => {
    if (!category) return;
    const patch = { ...draft.patch };
    if (on) patch[field] = categoryFieldText(category, field);
    else delete patch[field];
    onChange({ ...draft, patch });
  };

  return (
    <div className="change-fields">
      <CategoryPicker
        fields={fields}
        field="categoryKey"
        before={before}
        label="Category"
        value={draft.categoryKey}
        onChange={(categoryKey) => onChange({ ...draft, categoryKey, patch: {} })}
      />
      {category ? (
        <PatchFieldset fields={fields}>
          {CATEGORY_PATCH_FIELDS.map((field) => {
            const value = draft.patch[field];
            const props = { ...fields.input(`patch.${field}`), label: `New ${fieldLabel(field).toLowerCase()}`, value: value ?? '' };
            return (
              <PatchToggle
                key={field}
                label={fieldLabel(field)}
                current={categoryFieldText(category, field)}
                checked={value !== undefined}
                onToggle={(on) => toggle(field, on)}
              >
                {field === 'description' ? (
                  <TextAreaField
                    {...props}
                    rows={3}
                    maxLength={FIELD_LIMITS.description}
                    onChange={(event) => setValue(field, event.target.value)}
                  />
                ) : field === 'position' ? (
                  <TextField
                    {...props}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={before.categories.length}
                    step={1}
                    hint={`From 1 to ${before.categories.length}; the other categories move to make room.`}
                    className="input--short"
                    onChange={(event) => setValue(field, event.target.value)}
                  />
                ) : (
                  <TextField {...props} maxLength={FIELD_LIMITS.name} onChange={(event) => setValue(field, event.target.value)} />
                )}
              </PatchToggle>
            );
          })}
        </PatchFieldset>
      ) : null}
    </div>
  );
}
