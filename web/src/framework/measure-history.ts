import { fieldLabel } from '../proposals/change-labels';

/** What a release did to a measure, in words: "Added", "Changed: Definition, Notes", "Moved", "Retired". */
export function describeMeasureChange({ change, fields }: { change: string; fields: readonly string[] }): string {
  switch (change) {
    case 'added':
      return 'Added';
    case 'retired':
      return 'Retired';
    case 'moved':
      return fields.length > 0
        ? `Moved to another category; also changed ${fields.map(fieldLabel).join(', ')}`
        : 'Moved to another category';
    case 'changed':
      return fields.length > 0 ? `Changed: ${fields.map(fieldLabel).join(', ')}` : 'Changed';
    default:
      return change.charAt(0).toUpperCase() + change.slice(1);
  }
}
