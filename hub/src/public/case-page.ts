import { TERMINAL_MILESTONES } from '../../../shared/domain/inspection-case';
import type { MilestoneKind } from '../../../shared/domain/inspection-case';
import { MAIN_STEPS, MILESTONE_HINTS, MILESTONE_LABELS } from './case-view';
import type { PublicCaseView } from './case-view';
import { escapeHtml, renderShell } from './html';
import { formatRocDateTime } from './roc-time';

/**
 * How far along the five main steps a case is: every step up to the last one reached is done once
 * the case has ended (發證／結案, 退件, 撤件); otherwise that last step is where it stands (補件
 * pauses a case at the step it had reached).
 */
const stepStates = (view: PublicCaseView): ('done' | 'current' | 'todo')[] => {
  const reached = view.milestones.reduce((max, m) => Math.max(max, MAIN_STEPS.indexOf(m.kind)), 0);
  const ended = TERMINAL_MILESTONES.includes(view.status);
  return MAIN_STEPS.map((_, i) => (i < reached || (i === reached && ended) ? 'done' : i === reached ? 'current' : 'todo'));
};

const fact = (label: string, value: string, cls = ''): string =>
  `<dt>${label}</dt><dd${cls ? ` class="${cls}"` : ''}>${escapeHtml(value)}</dd>`;

const attr = (name: string, value: string): string => ` data-${name}="${escapeHtml(value)}"`;

/**
 * The case page: what the case is, where it stands, how it got there. `token` is the page's own
 * (normalised) token; `now` is when the hub answered, shown as 資料時間. The data-* attributes on
 * <main> are what /C/app.js remembers in 我的案件 — on the phone only.
 */
export const renderCasePage = (view: PublicCaseView, token: string, now: Date): string => {
  const latest = view.milestones.at(-1);
  const status: MilestoneKind = view.status;
  const statusAt = latest ? formatRocDateTime(new Date(latest.at)) : '';
  const asOf = formatRocDateTime(now, true);
  const handler = [view.branchName, view.unitName].filter((s): s is string => !!s).join(' ');
  const steps = stepStates(view)
    .map((state, i) => `<li class="${state}">${MILESTONE_LABELS[MAIN_STEPS[i] as MilestoneKind]}</li>`)
    .join('');
  const timeline = [...view.milestones]
    .reverse()
    .map((m) => `<li><b>${MILESTONE_LABELS[m.kind]}</b><time datetime="${escapeHtml(m.at)}">${formatRocDateTime(new Date(m.at))}</time></li>`)
    .join('');
  const product = view.productModel ? `${view.productName}（${view.productModel}）` : view.productName;
  const body = `<main id="case"${attr('token', token)}${attr('case-number', view.caseNumber)}${attr('product', product)}${attr(
    'status',
    MILESTONE_LABELS[status],
  )}${attr('kind', status)}${attr('status-at', statusAt)}${attr('seen', formatRocDateTime(now))}>
<section class="card s-${status}" aria-labelledby="now-h">
<h2 id="now-h">目前進度</h2>
<p class="now"><span class="dot" aria-hidden="true"></span>${MILESTONE_LABELS[status]}</p>
<p class="hint">${MILESTONE_HINTS[status]}</p>
${statusAt ? `<p class="muted">更新於 ${statusAt}</p>` : ''}
<ol class="steps" aria-label="辦理流程">${steps}</ol>
</section>
<section class="card" aria-labelledby="case-h">
<h2 id="case-h">案件資料</h2>
<dl>${fact('報驗號碼', view.caseNumber, 'mono')}${fact('商品名稱', view.productName)}${view.productModel ? fact('型號', view.productModel) : ''}${
    handler ? fact('承辦單位', handler) : ''
  }</dl>
</section>
<section class="card" aria-labelledby="tl-h">
<h2 id="tl-h">辦理歷程</h2>
<ol class="timeline">${timeline}</ol>
</section>
<a class="btn" href="/C/">我的案件</a>
</main>
<footer>
<p>資料時間：${asOf}</p>
<p>本頁只顯示案件進度，不含任何個人或公司資料；進度以承辦分局之紀錄為準。</p>
</footer>`;
  return renderShell({ title: `案件進度 ${view.caseNumber}`, heading: '案件進度查詢', body, script: true });
};
