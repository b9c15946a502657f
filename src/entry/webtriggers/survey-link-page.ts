import type { FieldError, LinkForm, LinkLocale, LinkPage, RefusalReason } from '../../application/survey-link/answer-link';

/** The link page, self-contained: inline style, no script, no external asset, so any CSP and any mail client's browser work. */

const esc = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const T = {
  'zh-CN': {
    title: '服务确认与评分',
    switchTo: 'English',
    request: '服务单号',
    resolvedLegend: '问题是否已解决',
    yes: '已解决',
    no: '未解决',
    close: '选择“已解决”将关闭此请求；选择“未解决”将重新打开请求，我们会继续处理。',
    'record-only': '选择“已解决”将记录您的确认（请求保持已解决状态）；选择“未解决”将重新打开请求，我们会继续处理。',
    unavailable: '此请求目前无法自动关闭：选择“已解决”将记录您的确认并通知处理团队关闭；选择“未解决”将重新打开请求。',
    rateOnly: '您已确认问题解决，请为本次服务评分。',
    scoresLegend: '如已解决，请为以下各项评分（1 = 非常不满意，5 = 非常满意）',
    comment: '意见（可选）',
    submit: '提交',
    errorsTitle: '请修正以下内容：',
    once: '此链接仅可使用一次。',
    done: '感谢您的反馈！',
    closed: '您已确认问题解决，请求已关闭。',
    'record-only-done': '您已确认问题解决，我们已记录您的确认。',
    'close-failed': '您已确认问题解决，我们已记录您的确认；但请求未能自动关闭，处理团队已收到通知。',
    reopened: '您反馈问题未解决，我们已重新打开请求并会继续处理。',
    rated: '您的评分已提交。',
    refusedTitle: '无法使用此链接',
    forged: '此链接无效。请使用服务通知中的完整链接。',
    expired: '此链接已过期。如需反馈，请在服务门户中打开您的请求。',
    used: '此链接已使用过，每个链接只能使用一次。',
    superseded: '此链接对应的处理已被新的处理取代，请使用最新通知中的链接。',
    answered: '此请求已确认并评分，无需再次提交。',
  },
  en: {
    title: 'Confirm and rate our service',
    switchTo: '中文',
    request: 'Service number',
    resolvedLegend: 'Is your problem resolved',
    yes: 'Resolved',
    no: 'Not resolved',
    close: 'Choosing "Resolved" closes this request; "Not resolved" reopens it and we continue working on it.',
    'record-only': 'Choosing "Resolved" records your confirmation (the request stays resolved); "Not resolved" reopens it and we continue working on it.',
    unavailable: 'This request cannot be closed automatically right now: "Resolved" records your confirmation and tells the team to close it; "Not resolved" reopens it.',
    rateOnly: 'You confirmed that the problem is resolved; please rate our service.',
    scoresLegend: 'If resolved, rate each item (1 = very dissatisfied, 5 = very satisfied)',
    comment: 'Comment (optional)',
    submit: 'Submit',
    errorsTitle: 'Please correct the following:',
    once: 'This link works once.',
    done: 'Thank you for your feedback!',
    closed: 'You confirmed that the problem is resolved; the request is closed.',
    'record-only-done': 'You confirmed that the problem is resolved; we recorded your confirmation.',
    'close-failed': 'You confirmed that the problem is resolved and we recorded it, but the request could not be closed automatically; the team has been told.',
    reopened: 'You told us the problem is not resolved, so we reopened your request and will continue working on it.',
    rated: 'Your rating has been submitted.',
    refusedTitle: 'This link cannot be used',
    forged: 'This link is not valid. Please use the complete link from the service notice.',
    expired: 'This link has expired. To give feedback, open your request on the service portal.',
    used: 'This link has already been used; each link works once.',
    superseded: 'This link belongs to an earlier resolution; please use the link from the latest notice.',
    answered: 'This request has already been confirmed and rated; there is nothing more to submit.',
  },
} as const;

const STYLE = `body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f7f8f9;color:#172b4d}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(9,30,66,.25)}
h1{font-size:1.4rem;margin:0 0 .5rem}fieldset{border:1px solid #dfe1e6;border-radius:6px;margin:1rem 0;padding:.75rem 1rem}
legend{font-weight:600}.row{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:.4rem 0}.item{min-width:10rem}
.hint{color:#44546f;font-size:.9rem}.error{color:#ae2e24;font-weight:600}.errors{border:1px solid #ae2e24;border-radius:6px;padding:.5rem 1rem;background:#ffeceb}
textarea{width:100%;min-height:5rem;box-sizing:border-box}button{background:#0c66e4;color:#fff;border:0;border-radius:4px;padding:.5rem 1.25rem;font-size:1rem}
.lang{float:right;font-size:.9rem}
@media (prefers-color-scheme:dark){body{background:#1d2125;color:#dee4ea}main{background:#22272b}.hint{color:#9fadbc}}`;

const doc = (locale: LinkLocale, title: string, body: string, langUrl: string | null): string =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="referrer" content="no-referrer"><title>${esc(title)}</title><style>${STYLE}</style></head><body><main>` +
  (langUrl === null ? '' : `<a class="lang" href="${esc(langUrl)}" data-lang-switch>${esc(T[locale].switchTo)}</a>`) +
  `${body}</main></body></html>`;

const other = (locale: LinkLocale): LinkLocale => (locale === 'en' ? 'zh-CN' : 'en');

const formBody = (locale: LinkLocale, form: LinkForm, errors: readonly FieldError[], values: Readonly<Record<string, string>>): string => {
  const t = T[locale];
  const invalid = new Set(errors.map((e) => e.field));
  const errorList =
    errors.length === 0
      ? ''
      : `<div class="errors" role="alert" data-errors><p class="error">${esc(t.errorsTitle)}</p><ul>${errors
          .map((e) => `<li data-error-field="${e.field}">${esc(e.label[locale])}：${esc(e.message[locale])}</li>`)
          .join('')}</ul></div>`;
  const radio = (name: string, value: string, label: string, aria?: string) =>
    `<label><input type="radio" name="${name}" value="${value}"${values[name] === value ? ' checked' : ''}${aria === undefined ? '' : ` aria-label="${esc(aria)}"`}> ${esc(label)}</label>`;
  const confirm = form.askConfirm
    ? `<fieldset data-confirm${invalid.has('resolved') ? ' aria-invalid="true"' : ''}><legend>${esc(t.resolvedLegend)}</legend>` +
      `<p class="hint" data-on-resolved="${form.onResolved}">${esc(t[form.onResolved])}</p>` +
      `<div class="row">${radio('resolved', 'yes', t.yes)}${radio('resolved', 'no', t.no)}</div></fieldset>`
    : `<p class="hint">${esc(t.rateOnly)}</p><input type="hidden" name="resolved" value="yes">`;
  const items = form.items
    .map(
      (item) =>
        `<div class="row" data-item="${item.id}"${invalid.has(item.id) ? ' aria-invalid="true"' : ''}><span class="item">${esc(item.label[locale])}</span>` +
        [1, 2, 3, 4, 5].map((n) => radio(item.id, String(n), String(n), `${item.label[locale]} ${String(n)}`)).join('') +
        `</div>`,
    )
    .join('');
  return (
    `<h1>${esc(t.title)}</h1><p>${esc(t.request)}: <strong data-service-number>${esc(form.serviceNumber)}</strong><br><span class="hint">${esc(form.summary)}</span></p>` +
    errorList +
    `<form method="post" action="" accept-charset="utf-8"><input type="hidden" name="lang" value="${locale}">${confirm}` +
    `<fieldset data-scores><legend>${esc(t.scoresLegend)}</legend>${items}</fieldset>` +
    `<label for="comment">${esc(t.comment)}</label><textarea id="comment" name="comment" maxlength="2000">${esc(values['comment'] ?? '')}</textarea>` +
    `<p class="hint">${esc(t.once)}</p><button type="submit">${esc(t.submit)}</button></form>`
  );
};

const refusedBody = (locale: LinkLocale, reason: RefusalReason): string =>
  `<h1>${esc(T[locale].refusedTitle)}</h1><p data-refused="${reason}">${esc(T[locale][reason])}</p>`;

const STATUS: Readonly<Record<RefusalReason, number>> = { forged: 403, expired: 410, used: 410, superseded: 410, answered: 409 };

export interface RenderedPage {
  readonly statusCode: number;
  readonly html: string;
}

/** `langUrl(locale)`: the same page in another language (the token kept), or null where switching makes no sense. */
export const renderLinkPage = (page: LinkPage, requested: LinkLocale | null, langUrl: (locale: LinkLocale) => string | null): RenderedPage => {
  const locale = requested ?? page.defaultLocale;
  const t = T[locale];
  switch (page.kind) {
    case 'refused':
      return { statusCode: STATUS[page.reason], html: doc(locale, t.refusedTitle, refusedBody(locale, page.reason), langUrl(other(locale))) };
    case 'form':
      return { statusCode: page.errors.length > 0 ? 400 : 200, html: doc(locale, t.title, formBody(locale, page.form, page.errors, page.values), langUrl(other(locale))) };
    case 'done': {
      const what = page.outcome === 'record-only' ? t['record-only-done'] : t[page.outcome];
      const body = `<h1>${esc(t.done)}</h1><p>${esc(t.request)}: <strong data-service-number>${esc(page.serviceNumber)}</strong></p><p data-outcome="${page.outcome}">${esc(what)}</p>${page.rated ? `<p data-rated>${esc(t.rated)}</p>` : ''}`;
      return { statusCode: 200, html: doc(locale, t.done, body, null) };
    }
  }
};
