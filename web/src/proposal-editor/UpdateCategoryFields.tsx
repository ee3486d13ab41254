import { FIELD_LIMITS, findCategory } from '@ocmf/standard';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { CategoryPicker } from './CategoryPicker';
import { CATEGORY_PATCH_FIELDS, categoryFieldText } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import { PatchFields } from './PatchFields';
import './proposal-editor.css';

/** Picks a category, then the fields to change (name, description, position), each showing its current value. */
export function UpdateCategoryFields({ draft, before, onChange, fields }: ChangeFieldsProps<'UPDATE_CATEGORY'>) {
  const category = findCategory(before, draft.categoryKey);
  const count = before.categories.length;
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
        <PatchFields
          fields={fields}
          names={CATEGORY_PATCH_FIELDS}
          patch={draft.patch}
          describe={(field) => categoryFieldText(category, field)}
          textOf={(field) => categoryFieldText(category, field)}
          onChange={(patch) => onChange({ ...draft, patch })}
          input={(field, { onChange: setText, ...props }) =>
            field === 'description' ? (
              <TextAreaField {...props} rows={3} maxLength={FIELD_LIMITS.description} onChange={(event) => setText(event.target.value)} />
            ) : field === 'position' ? (
              <TextField
                {...props}
                type="number"
                inputMode="numeric"
                min={1}
                max={count}
                step={1}
                hint={`From 1 to ${count}; the other categories move to make room.`}
                className="input--short"
                onChange={(event) => setText(event.target.value)}
              />
            ) : (
              <TextField {...props} maxLength={FIELD_LIMITS.name} onChange={(event) => setText(event.target.value)} />
            )
          }
        />
      ) : null}
    </div>
  );
}
