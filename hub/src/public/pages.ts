import { renderShell } from './html';

/**
 * The one answer to every failure under /C/: a malformed, unknown or revoked token, a storage
 * error. Rendered once; the same bytes every time, so a response says nothing about why.
 */
export const NOT_FOUND_PAGE = Buffer.from(
  renderShell({
    title: '查無此案件',
    heading: '案件進度查詢',
    script: false,
    body: `<main>
<section class="card">
<h2 class="title">查無此案件</h2>
<p>這個連結無法顯示案件進度。可能是網址不完整，或標籤已重新列印而舊標籤失效。</p>
<p class="muted">請再掃描一次案件標籤上的 QR 碼；仍無法查詢時，請洽承辦分局。</p>
</section>
<a class="btn" href="/C/">我的案件</a>
</main>`,
  }),
  'utf8',
);

/** 429: the same page whatever was asked; the wait is in Retry-After. */
export const TOO_MANY_PAGE = Buffer.from(
  renderShell({
    title: '查詢太頻繁',
    heading: '案件進度查詢',
    script: false,
    body: `<main>
<section class="card">
<h2 class="title">查詢太頻繁</h2>
<p>您的網路在短時間內查詢了太多次，請稍候再重新整理本頁。</p>
</section>
</main>`,
  }),
  'utf8',
);

/**
 * 我的案件: the cases this phone has opened, kept in its localStorage by /C/app.js and drawn here
 * by it. The hub sends the same empty page to everyone and never learns the list.
 */
export const MY_CASES_PAGE = Buffer.from(
  renderShell({
    title: '我的案件',
    heading: '我的案件',
    script: true,
    body: `<main id="my-cases">
<p class="card" id="offline" hidden>目前沒有網路連線，以下是上次查看時的進度。</p>
<section class="card">
<h2>曾經查看的案件</h2>
<p id="empty">這支手機還沒有查看過任何案件。掃描案件標籤上的 QR 碼後，案件會列在這裡。</p>
<ul class="cases" id="case-list" hidden></ul>
</section>
</main>
<footer>
<p>此清單只存在這支手機的瀏覽器中，分局不會記錄您查看過哪些案件。</p>
<p>將本頁加入主畫面，就能像 App 一樣隨時開啟。</p>
</footer>`,
  }),
  'utf8',
);
