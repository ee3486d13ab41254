import { applyChanges } from '../apply.js';
import { AUDIENCES } from '../document.js';
import { slugify } from '../keys.js';
import { validateDocument } from '../validate.js';
import { netArrMeasure, ocmfV1Document, ocmfV1Release } from './ocmf-v1.js';

const doc = ocmfV1Document;

describe('OCMF v1 seed', () => {
  it('is a valid document', () => {
    expect(validateDocument(doc)).toEqual([]);
  });

  it('has the five v1 categories with their Focus %, summing to 100', () => {
    expect(doc.categories.map((c) => [c.key, c.name, c.focusPercent, c.position])).toEqual([
      ['customer', 'Customer', 20, 1],
      ['employee', 'Employee', 20, 2],
      ['business', 'Business', 30, 3],
      ['knowledge', 'Knowledge/Collaboration', 20, 4],
      ['acceleration', 'Acceleration', 10, 5],
    ]);
    expect(doc.categories.reduce((sum, c) => sum + c.focusPercent, 0)).toBe(100);
  });

  it('gives every category measures for executives and for managers', () => {
    for (const category of doc.categories) {
      const audiences = new Set(doc.measures.filter((m) => m.categoryKey === category.key).map((m) => m.audience));
      expect([category.key, [...audiences].sort()]).toEqual([category.key, [...AUDIENCES].sort()]);
    }
  });

  it('keys every measure by the slug of its name', () => {
    for (const measure of doc.measures) expect(measure.key).toBe(slugify(measure.name));
  });

  it('carries Time to Smile and Time to Customer Value as emerging measures in days', () => {
    expect(doc.measures.find((m) => m.key === 'time-to-smile')).toMatchObject({
      categoryKey: 'business',
      aliases: ['Time to Resolution', 'Time to Restore'],
      unit: 'days',
      direction: 'LOWER_IS_BETTER',
      status: 'EMERGING',
    });
    const ttcv = doc.measures.find((m) => m.key === 'time-to-customer-value');
    expect(ttcv).toMatchObject({ categoryKey: 'business', unit: 'days', direction: 'LOWER_IS_BETTER', status: 'EMERGING' });
    expect(ttcv?.formula).toBe('Time to Value (before sale) + Time to Value (after sale) + Time to Smile');
    expect(ttcv?.definition).toMatch(/zero or below is very good/);
  });

  it('says where a definition is a working one', () => {
    const knowledge = doc.measures.filter((m) => m.categoryKey === 'knowledge' || m.categoryKey === 'acceleration');
    for (const measure of knowledge) expect(measure.notes).toMatch(/^Working definition/);
  });

  it('mentions in each category that Focus % is leadership time', () => {
    for (const category of doc.categories) expect(category.description).toMatch(/leadership time/i);
  });

  it('does not yet carry Customer Success measures', () => {
    expect(doc.measures.some((m) => m.key === netArrMeasure.key)).toBe(false);
  });

  it('describes the v1 release under CC BY 4.0, pointing back to ocmfgroup.org', () => {
    expect(ocmfV1Release).toMatchObject({ version: '1.0.0', title: 'Spring 2016 edition', publishedAt: '2016-03-22T00:00:00.000Z' });
    expect(ocmfV1Release.license).toMatchObject({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(ocmfV1Release.license.attribution).toContain('https://ocmfgroup.org');
  });

  it('offers Net Annual Recurring Revenue as a measure that can be added', () => {
    expect(netArrMeasure).toMatchObject({
      key: 'net-annual-recurring-revenue',
      categoryKey: 'business',
      audience: 'EXECUTIVE',
      formula: 'New customer revenue − Lost customer revenue + Expansion revenue',
      unit: 'currency per year',
      direction: 'HIGHER_IS_BETTER',
      status: 'EMERGING',
    });
    expect(applyChanges(doc, [{ op: 'ADD_MEASURE', measure: netArrMeasure }]).ok).toBe(true);
  });
});
