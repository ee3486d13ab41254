import { applyChanges, diffDocuments, netArrMeasure, ocmfV1Document } from '@ocmf/standard';
import { asDocumentDiff, diffSummary } from './release-diff';

describe('asDocumentDiff', () => {
  it('accepts a DocumentDiff and refuses anything else', () => {
    const diff = diffDocuments(ocmfV1Document, ocmfV1Document);
    expect(asDocumentDiff(JSON.parse(JSON.stringify(diff)))).toEqual(diff);
    expect(() => asDocumentDiff({ measures: {} })).toThrow(/unexpected shape/);
    expect(() => asDocumentDiff(null)).toThrow(/unexpected shape/);
  });
});

describe('diffSummary', () => {
  it('counts what changed', () => {
    const before = ocmfV1Document;
    const result = applyChanges(before, [{ op: 'ADD_MEASURE', measure: netArrMeasure }]);
    if (!result.ok) throw new Error('The seed change should apply');
    const after = result.document;
    expect(diffSummary(diffDocuments(before, after))).toBe('1 measure added');
    expect(diffSummary(diffDocuments(before, before))).toBe('No change');
  });
});
