import { applyChanges } from './apply.js';
import type { Change } from './changes.js';
import { diffDocuments } from './diff.js';
import type { FrameworkDocument } from './document.js';
import { type ImplementationStatus, isImplemented, releasesBehindLabel, upgradeChecklist } from './organizations.js';
import { ocmfV1Document } from './seed/ocmf-v1.js';

const seed = ocmfV1Document;

const after = (changes: Change[]): FrameworkDocument => {
  const result = applyChanges(seed, changes);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.document;
};

const reported = (entries: Record<string, ImplementationStatus>) => new Map(Object.entries(entries));

describe('upgradeChecklist', () => {
  const next = after([
    { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { unit: 'hours', formula: 'Hours until the smile' } },
    { op: 'UPDATE_MEASURE', measureKey: 'employee-engagement', patch: { definition: 'Changed wording.' } },
    { op: 'MOVE_MEASURE', measureKey: 'knowledge-reuse', categoryKey: 'business' },
    { op: 'RETIRE_MEASURE', measureKey: 'time-to-publish', reason: 'Nobody tracks it.' },
    {
      op: 'ADD_MEASURE',
      measure: {
        key: 'renewal-rate',
        name: 'Renewal rate',
        categoryKey: 'business',
        audience: 'EXECUTIVE',
        definition: 'Share of contracts renewed.',
        unit: '%',
        direction: 'HIGHER_IS_BETTER',
        status: 'EMERGING',
      },
    },
  ]);
  const diff = diffDocuments(seed, next);

  it('lists what changed, field by field, for measures supported, partly supported or planned, then what was added', () => {
    const items = upgradeChecklist(
      diff,
      reported({ 'time-to-smile': 'SUPPORTED', 'knowledge-reuse': 'PARTIAL', 'time-to-publish': 'PLANNED' }),
    );
    expect(items.map((item) => [item.measureKey, item.change, item.fields])).toEqual([
      ['time-to-smile', 'CHANGED', ['formula', 'unit']],
      ['knowledge-reuse', 'MOVED', ['categoryKey']],
      ['time-to-publish', 'RETIRED', []],
      ['renewal-rate', 'ADDED', []],
    ]);
    expect(items[0]?.description).toBe('Review Time to Smile: its formula and unit changed.');
  });

  it('leaves out measures the product does not support or did not report', () => {
    const items = upgradeChecklist(diff, reported({ 'time-to-smile': 'NOT_SUPPORTED' }));
    expect(items.map((item) => item.measureKey)).toEqual(['renewal-rate']);
  });

  it('names the replacement of a measure retired in favour of another', () => {
    const replaced = diffDocuments(
      seed,
      after([{ op: 'RETIRE_MEASURE', measureKey: 'time-to-publish', reason: 'Merged.', replacedBy: 'knowledge-reuse' }]),
    );
    const [item] = upgradeChecklist(replaced, reported({ 'time-to-publish': 'SUPPORTED' }));
    expect(item).toMatchObject({ measureKey: 'time-to-publish', change: 'RETIRED', fields: ['replacedBy'] });
    expect(item?.description).toContain('replaced by');
    expect(item?.description).toContain('knowledge-reuse');
  });

  it('is empty when nothing changed', () => {
    expect(upgradeChecklist(diffDocuments(seed, seed), reported({ 'time-to-smile': 'SUPPORTED' }))).toEqual([]);
  });
});

describe('implementation rules', () => {
  it('counts supported and partial as implemented', () => {
    expect(['SUPPORTED', 'PARTIAL', 'PLANNED', 'NOT_SUPPORTED'].filter((s) => isImplemented(s as ImplementationStatus))).toEqual([
      'SUPPORTED',
      'PARTIAL',
    ]);
  });

  it('says how far behind a product is', () => {
    expect([0, 1, 3].map(releasesBehindLabel)).toEqual(['up to date', '1 release behind', '3 releases behind']);
  });
});
