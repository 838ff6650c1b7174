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
  milestones: [{ kind: 'received', at: '2026-11-20T02:00:00.000Z' }],
  ...over,
});
const steps = (html: string) => [...html.matchAll(/<li class="(done|current|todo)">/g)].map((m) => m[1]);
const NOW = new Date('2026-11-27T01:30:00.000Z');

describe('case page steps and wording', () => {
  it('a new case stands at 受理', () => {
    expect(steps(renderCasePage(view({}), 'A'.repeat(26), NOW))).toEqual(['current', 'todo', 'todo', 'todo', 'todo']);
  });

  it('補件 pauses the case at the step it reached, and says to contact the unit', () => {
    const html = renderCasePage(
      view({
        status: 'supplement',
        milestones: [
          { kind: 'received', at: '2026-11-20T02:00:00.000Z' },
          { kind: 'sampling', at: '2026-11-21T02:00:00.000Z' },
          { kind: 'supplement', at: '2026-11-22T02:00:00.000Z' },
        ],
      }),
      'A'.repeat(26),
      NOW,
    );
    expect(steps(html)).toEqual(['done', 'current', 'todo', 'todo', 'todo']);
    expect(html).toContain('請與承辦單位聯繫');
    expect(html).toContain('class="card s-supplement"');
  });

  it('退件 ends the case at the step it reached', () => {
    const html = renderCasePage(
      view({
        status: 'rejected',
        milestones: [
          { kind: 'received', at: '2026-11-20T02:00:00.000Z' },
          { kind: 'testing', at: '2026-11-21T02:00:00.000Z' },
          { kind: 'rejected', at: '2026-11-22T02:00:00.000Z' },
        ],
      }),
      'A'.repeat(26),
      NOW,
    );
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
