import { prefillFromQuery, proposeCategoryChangeHref, proposeMeasureChangeHref, proposeMeasureHref } from './prefill';

describe('prefillFromQuery', () => {
  it('starts an ADD_MEASURE change with the name, its key following the name', () => {
    const href = proposeMeasureHref(' Average handle time & wrap-up ');
    expect(href).toBe('/proposals/new?addMeasure=Average+handle+time+%26+wrap-up');
    const prefill = prefillFromQuery(new URL(href, 'http://x').searchParams);
    expect(prefill?.title).toBe('Add Average handle time & wrap-up');
    expect(prefill?.changes).toHaveLength(1);
    const [change] = prefill!.changes;
    expect(change?.op).toBe('ADD_MEASURE');
    if (change?.op !== 'ADD_MEASURE') return;
    expect(change.measure).toMatchObject({ name: 'Average handle time & wrap-up', key: 'average-handle-time-wrap-up', categoryKey: '' });
    expect(change.keyEdited).toBe(false);
  });

  it('starts from nothing without the parameter, or with a blank one', () => {
    expect(prefillFromQuery(new URLSearchParams())).toBeUndefined();
    expect(prefillFromQuery(new URLSearchParams({ addMeasure: '   ' }))).toBeUndefined();
  });
});

describe('proposing a change from a measure’s or a category’s page', () => {
  it('starts with a change of that measure, or of that category', () => {
    const measure = prefillFromQuery(new URL(proposeMeasureChangeHref('time-to-smile'), 'http://x').searchParams);
    expect(measure?.changes).toEqual([expect.objectContaining({ op: 'UPDATE_MEASURE', measureKey: 'time-to-smile' })]);
    const category = prefillFromQuery(new URL(proposeCategoryChangeHref('knowledge'), 'http://x').searchParams);
    expect(category?.changes).toEqual([expect.objectContaining({ op: 'UPDATE_CATEGORY', categoryKey: 'knowledge' })]);
  });
});
