import { describe, expect, it } from 'vitest';
import { renderCasePage } from './case-page';
import type { PublicCaseView } from './case-view';

const view = (over: Partial<PublicCaseView>): PublicCaseView => ({
  caseNumber: 'TN1150001',
  productName: '吹風機',
  productModel: '',
  branchName: null,
  unitName: null,
  status: 'received',
  milestones: history('received'),
  ...over,
});
/** A history of these kinds, one day apart from 2026-11-20. */
const history = (...kinds: PublicCaseView['status'][]): PublicCaseView['milestones'] =>
  kinds.map((kind, i) => ({ kind, at: new Date(Date.UTC(2026, 10, 20 + i, 2)).toISOString() }));
const steps = (html: string) => [...html.matchAll(/<li class="(done|current|todo)">/g)].map((m) => m[1]);
const NOW = new Date('2026-11-27T01:30:00.000Z');

describe('case page steps and wording', () => {
  it('a new case stands at 受理', () => {
    expect(steps(renderCasePage(view({}), 'A'.repeat(26), NOW))).toEqual(['current', 'todo', 'todo', 'todo', 'todo']);
  });

  it('補件 pauses the case at the step it reached, and says to contact the unit', () => {
    const html = renderCasePage(view({ status: 'supplement', milestones: history('received', 'sampling', 'supplement') }), 'A'.repeat(26), NOW);
    expect(steps(html)).toEqual(['done', 'current', 'todo', 'todo', 'todo']);
    expect(html).toContain('請與承辦單位聯繫');
    expect(html).toContain('class="card s-supplement"');
  });

  it('退件 ends the case at the step it reached', () => {
    const html = renderCasePage(view({ status: 'rejected', milestones: history('received', 'testing', 'rejected') }), 'A'.repeat(26), NOW);
    expect(steps(html)).toEqual(['done', 'done', 'done', 'todo', 'todo']);
    expect(html).toMatch(/<p class="now">.*退件<\/p>/);
  });

  it('leaves out the model and the handling unit when there are none', () => {
    const html = renderCasePage(view({}), 'A'.repeat(26), NOW);
    expect(html).not.toContain('<dt>型號</dt>');
    expect(html).not.toContain('<dt>承辦單位</dt>');
    expect(html).toContain('data-product="吹風機"');
  });
});
