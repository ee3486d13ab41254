import type { MeasureChange } from '../gql/graphql';
import { fieldLabel } from '../proposals/change-labels';

/** What a release did to a measure, in words: "Added", "Changed: Definition, Notes", "Moved", "Retired". */
export function describeMeasureChange({ change, fields }: { change: MeasureChange; fields: readonly string[] }): string {
  switch (change) {
    case 'ADDED':
      return 'Added';
    case 'RETIRED':
      return 'Retired';
    case 'MOVED':
      return fields.length > 1
        ? `Moved to another category; also changed ${fields
            .filter((field) => field !== 'categoryKey')
            .map(fieldLabel)
            .join(', ')}`
        : 'Moved to another category';
    case 'CHANGED':
      return fields.length > 0 ? `Changed: ${fields.map(fieldLabel).join(', ')}` : 'Changed';
  }
}
