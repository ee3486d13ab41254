import { useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { describeError } from '../ui/graphql-errors';
import { useCompleteChecklistItemMutation } from './useCompleteChecklistItemMutation';

export const UpgradeChecklist_checklist = graphql(`
  fragment UpgradeChecklist_checklist on UpgradeChecklist {
    id
    fromVersion
    toVersion
    items {
      id
      measureKey
      measureName
      change
      fields
      description
      done
    }
  }
`);

const CHANGE_LABELS = { ADDED: 'Added', CHANGED: 'Changed', MOVED: 'Moved', RETIRED: 'Retired' } as const;

/** What to look at to reach the newest release; owners tick items off (the box changes at once, then as saved). */
export function UpgradeChecklist(props: { checklist: FragmentType<typeof UpgradeChecklist_checklist>; canEdit: boolean }) {
  const checklist = useFragment(UpgradeChecklist_checklist, props.checklist);
  const { complete } = useCompleteChecklistItemMutation();
  const [status, setStatus] = useState('');
  // What the owner just ticked, shown at once while the server saves it.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const done = checklist.items.filter((item) => item.done).length;
  const toggle = async (id: string, next: boolean) => {
    setStatus('');
    try {
      setPending((current) => ({ ...current, [id]: next }));
      await complete(id, next);
    } catch (failure) {
      setStatus(describeError(failure).message);
    } finally {
      setPending((current) => {
        const { [id]: _settled, ...rest } = current;
        return rest;
      });
    }
  };
  return (
    <section className="page-section" id="upgrade-checklist" aria-labelledby="checklist-title" data-testid="upgrade-checklist">
      <h2 id="checklist-title">
        Upgrade checklist: {checklist.fromVersion} to {checklist.toVersion}
      </h2>
      <p className="muted" data-testid="checklist-progress">
        {done} of {checklist.items.length} done. Declare {checklist.toVersion} in the report below when the product is ready.
      </p>
      {checklist.items.length === 0 ? (
        <p>Nothing the product reports changed: declare {checklist.toVersion} when you are ready.</p>
      ) : (
        <ul className="checklist">
          {checklist.items.map((item) => (
            <li key={item.id} className="checklist__item" data-testid="checklist-item">
              <label>
                <input
                  type="checkbox"
                  checked={pending[item.id] ?? item.done}
                  disabled={!props.canEdit}
                  onChange={(e) => void toggle(item.id, e.target.checked)}
                />
                <span>
                  <strong>
                    {CHANGE_LABELS[item.change]}: {item.measureName}
                  </strong>
                  {item.fields.length > 0 ? <span className="muted"> ({item.fields.join(', ')})</span> : null}
                  <br />
                  {item.description}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="status-message" role="status">
        {status}
      </p>
    </section>
  );
}
