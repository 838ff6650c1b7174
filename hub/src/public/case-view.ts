import type { CaseToken, MilestoneKind } from '../../../shared/domain/inspection-case';
import type { MutationTx } from '../../../shared/mutations/define';

/**
 * What the public page may show of a case: progress only. Deliberately absent: the company (its
 * name says who is having what inspected, and a 行號 is often a person's name), its 統一編號, the
 * contact person and phone, the officer, who recorded each milestone, and milestone notes (free
 * text an officer types for colleagues, which may name people). Anyone holding the label — or a
 * photo of it — sees this page, so it carries nothing the label's holder should not.
 */
export interface PublicCaseView {
  caseNumber: string;
  productName: string;
  productModel: string;
  /** 承辦單位: the branch and the section handling the case, when known. */
  branchName: string | null;
  unitName: string | null;
  status: MilestoneKind;
  /** Oldest first. */
  milestones: readonly { kind: MilestoneKind; at: string }[];
}

/**
 * The page's only way to the data. Today's adapter reads the hub's SQLite store; the storage
 * rework points it at the new backend without touching the page. `token` is already upper-case and
 * well-formed; a revoked or unknown token is `undefined`.
 */
export interface CaseProgressReader {
  byToken(token: string): Promise<PublicCaseView | undefined>;
}

/** 受理 → 取樣／送樣 → 檢驗中 → 審核中 → 發證／結案: the steps every case goes through, in order. */
export const MAIN_STEPS: readonly MilestoneKind[] = ['received', 'sampling', 'testing', 'reviewing', 'completed'];

/** The same words as the desktop's zh-TW dictionary (renderer/src/i18n/zh-TW/cases.ts). */
export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  received: '受理',
  sampling: '取樣／送樣',
  testing: '檢驗中',
  reviewing: '審核中',
  completed: '發證／結案',
  supplement: '補件',
  rejected: '退件',
  withdrawn: '撤件',
};

/** A line under the current milestone telling the business what it means for them. */
export const MILESTONE_HINTS: Record<MilestoneKind, string> = {
  received: '分局已受理您的報驗案件。',
  sampling: '正在取樣或等待送樣。',
  testing: '商品檢驗進行中。',
  reviewing: '檢驗完成，審核中。',
  completed: '本案已發證／結案。',
  supplement: '本案需要補件，請與承辦單位聯繫。',
  rejected: '本案已退件，詳情請洽承辦單位。',
  withdrawn: '本案已撤件。',
};

/** The reads a public view needs: the mutators' read interface (any store answers it). */
export type CaseRows = Pick<MutationTx, 'get' | 'findBy'>;

/** A token's view from its branch's rows; undefined for a revoked token or a missing case. */
export const publicViewFor = (rows: CaseRows, token: CaseToken): PublicCaseView | undefined => {
  if (token.revokedAt !== null) return undefined;
  const c = rows.get('inspection_cases', token.caseId);
  if (!c) return undefined;
  const unit = rows.get('units', c.unitId);
  const branch = unit ? rows.get('branches', unit.branchId) : undefined;
  return {
    caseNumber: c.caseNumber,
    productName: rows.get('products', c.productId)?.name ?? '',
    productModel: c.productModel,
    branchName: branch?.name ?? null,
    unitName: unit?.name ?? null,
    status: c.status,
    milestones: rows
      .findBy('case_milestones', 'caseId', c.id)
      .map((m) => ({ kind: m.kind, at: m.at, t: Date.parse(m.at) }))
      .sort((a, b) => a.t - b.t)
      .map(({ kind, at }) => ({ kind, at })),
  };
};
