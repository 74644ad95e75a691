import type { ScoreCondition } from '@mab/contracts';
import {
  asNumber,
  conditionHolds,
  conditionProblems,
  conditionsHold,
  fieldValue,
  type ScoredActivity,
} from './score-conditions';

const activity = (data: Record<string, unknown>, own: Partial<ScoredActivity> = {}): ScoredActivity => ({
  data,
  siteId: null,
  componentId: null,
  workflowId: null,
  ...own,
});

const form = activity({
  form_data: { company_size: '51-200', employees: '120', budget: 5000, email: 'Ada@Example.com', tags: ['A', 'b'] },
  page: '/pricing',
  utm: { source: 'Google', medium: 'cpc' },
  consent: true,
});

const holds = (field: string, operator: ScoreCondition['operator'], value?: ScoreCondition['value']) =>
  conditionHolds({ field, operator, ...(value !== undefined ? { value } : {}) }, form);

describe('score rule conditions', () => {
  it('reads paths into the data and the activity’s own ids', () => {
    const withIds = activity({ page: '/' }, { componentId: 'c-1', siteId: 's-1', workflowId: null });
    expect(fieldValue(form, 'form_data.company_size')).toBe('51-200');
    expect(fieldValue(form, 'utm.source')).toBe('Google');
    expect(fieldValue(form, 'page')).toBe('/pricing');
    expect(fieldValue(form, 'form_data.missing.deeper')).toBeUndefined();
    expect(fieldValue(form, 'page.length')).toBeUndefined();
    expect(fieldValue(withIds, 'component_id')).toBe('c-1');
    expect(fieldValue(withIds, 'site_id')).toBe('s-1');
    expect(fieldValue(withIds, 'workflow_id')).toBeUndefined();
  });

  it('never walks into prototypes', () => {
    expect(fieldValue(form, '__proto__')).toBeUndefined();
    expect(fieldValue(form, 'form_data.constructor')).toBeUndefined();
    expect(fieldValue(form, 'page.toString')).toBeUndefined();
  });

  it('compares text ignoring case and surrounding spaces, numbers as numbers', () => {
    expect(holds('utm.source', 'equals', 'google')).toBe(true);
    expect(holds('utm.source', 'equals', ' GOOGLE ')).toBe(true);
    expect(holds('utm.source', 'equals', 'bing')).toBe(false);
    expect(holds('form_data.employees', 'equals', 120)).toBe(true);
    expect(holds('form_data.budget', 'equals', '5000.0')).toBe(true);
    expect(holds('consent', 'equals', true)).toBe(true);
    expect(holds('consent', 'equals', false)).toBe(false);
  });

  it('not_equals holds for a different value and for a missing field', () => {
    expect(holds('utm.source', 'not_equals', 'bing')).toBe(true);
    expect(holds('utm.source', 'not_equals', 'Google')).toBe(false);
    expect(holds('utm.campaign', 'not_equals', 'spring')).toBe(true);
  });

  it('contains and starts_with work on text and on lists', () => {
    expect(holds('page', 'contains', 'PRIC')).toBe(true);
    expect(holds('page', 'starts_with', '/pri')).toBe(true);
    expect(holds('page', 'starts_with', 'pricing')).toBe(false);
    expect(holds('form_data.email', 'contains', '@example.com')).toBe(true);
    expect(holds('form_data.tags', 'equals', 'a')).toBe(true);
    expect(holds('form_data.tags', 'contains', 'B')).toBe(true);
    expect(holds('form_data.tags', 'equals', 'c')).toBe(false);
    expect(holds('utm.missing', 'contains', 'x')).toBe(false);
  });

  it('compares numbers, from numbers or numeric text, and never text with a number', () => {
    expect(holds('form_data.employees', 'gt', 100)).toBe(true);
    expect(holds('form_data.employees', 'gte', 120)).toBe(true);
    expect(holds('form_data.employees', 'lt', 120)).toBe(false);
    expect(holds('form_data.employees', 'lte', 120)).toBe(true);
    expect(holds('form_data.budget', 'gte', '1000')).toBe(true);
    expect(holds('form_data.company_size', 'gt', 10)).toBe(false);
    expect(holds('form_data.missing', 'lt', 10)).toBe(false);
    expect(asNumber(' 12.5 ')).toBe(12.5);
    expect(asNumber('12abc')).toBeNull();
    expect(asNumber('')).toBeNull();
    expect(asNumber(Infinity)).toBeNull();
  });

  it('exists: a value that is not empty; false asks for its absence', () => {
    expect(holds('utm.source', 'exists')).toBe(true);
    expect(holds('utm.source', 'exists', true)).toBe(true);
    expect(holds('utm.campaign', 'exists')).toBe(false);
    expect(holds('utm.campaign', 'exists', false)).toBe(true);
    expect(conditionHolds({ field: 'x', operator: 'exists' }, activity({ x: '  ' }))).toBe(false);
    expect(conditionHolds({ field: 'x', operator: 'exists' }, activity({ x: [] }))).toBe(false);
    expect(conditionHolds({ field: 'x', operator: 'exists' }, activity({ x: 0 }))).toBe(true);
  });

  it('requires every condition; none at all matches every activity', () => {
    const both: ScoreCondition[] = [
      { field: 'page', operator: 'equals', value: '/pricing' },
      { field: 'form_data.employees', operator: 'gte', value: 50 },
    ];
    expect(conditionsHold(both, form)).toBe(true);
    expect(conditionsHold([...both, { field: 'utm.medium', operator: 'equals', value: 'email' }], form)).toBe(false);
    expect(conditionsHold([], form)).toBe(true);
  });

  it('names the incomplete conditions of a rule', () => {
    expect(
      conditionProblems([
        { field: 'page', operator: 'equals' },
        { field: 'page', operator: 'exists' },
        { field: 'n', operator: 'gt', value: 'many' },
        { field: 'page', operator: 'exists', value: 'yes' },
        { field: 'page', operator: 'contains', value: '  ' },
        { field: 'n', operator: 'lte', value: '10' },
      ]).map((p) => p.field),
    ).toEqual(['conditions.0.value', 'conditions.2.value', 'conditions.3.value', 'conditions.4.value']);
  });
});
