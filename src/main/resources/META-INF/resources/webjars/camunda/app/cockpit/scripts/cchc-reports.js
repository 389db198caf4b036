// CCHC Flow: the "Báo cáo" page of Cockpit, for the coordinating unit and the leaders: the report calendar of
// each plan (which period report is due when, and where it stands), the draft of a running report, the
// issued DOCX/XLSX, and the start of an ad-hoc report ("báo cáo đột xuất") for any period. A page of its own
// (cockpit.route, linked from the header) because the calendar is work of its own, not a dashboard figure.
// Built on /api/plans, /api/reports/calendar and POST /api/reports.
import {csrfToken, date, escape, getJson, isoDate, message, periodPicker} from './cchc-common.js';

const PATH = '/bao-cao';

const STATES = {
  PLANNED: 'Chưa đến kỳ',
  OPENED: 'Các đơn vị đang báo cáo',
  UNITS_REPORTED: 'Các đơn vị đã báo cáo, đang tổng hợp',
  CONSOLIDATED: 'Đã tổng hợp, chờ lãnh đạo phê duyệt',
  APPROVED: 'Đã phê duyệt, đang ban hành',
  ISSUED: 'Đã ban hành'
};

function calendarTable(rows, plans) {
  if (!rows.length) {
    return '<p>Kế hoạch chưa có kỳ báo cáo nào.</p>';
  }
  const title = id => (plans.find(p => p.id === id) || {}).code || '';
  return '<table class="table table-bordered table-condensed cchc-calendar"><thead><tr><th>Kế hoạch</th>' +
    '<th>Kỳ báo cáo</th><th>Hạn gửi</th><th>Tình trạng</th><th>Văn bản</th></tr></thead><tbody>' +
    rows.map(r => {
      const docs = [];
      if (r.docxUrl) {
        docs.push(`<a class="cchc-docx" href="${escape(r.docxUrl)}" download>Báo cáo (DOCX)</a>`);
      }
      if (r.xlsxUrl) {
        docs.push(`<a class="cchc-xlsx" href="${escape(r.xlsxUrl)}" download>Biểu số liệu (XLSX)</a>`);
      }
      if (!r.docxUrl && r.draftDocxUrl) {
        docs.push(`<a class="cchc-draft" href="${escape(r.draftDocxUrl)}" download>Dự thảo (DOCX)</a>`);
      }
      return `<tr class="cchc-calendar-row" data-period="${escape(r.period)}" data-state="${escape(r.state)}">` +
        `<td>${escape(r.planCode || title(r.planId))}</td>` +
        `<td>${escape(r.periodLabel)}${r.adHoc ? ' <span class="label label-info">đột xuất</span>' : ''}</td>` +
        `<td>${date(r.due)}</td><td>${escape(STATES[r.state] || r.state)}` +
        `${r.late ? ' <span class="label label-danger cchc-late">trễ hạn</span>' : ''}</td>` +
        `<td>${docs.join(' · ') || '—'}</td></tr>`;
    }).join('') + '</tbody></table>';
}

function adHocForm(commune, plans) {
  return `<form class="form-inline cchc-adhoc" data-commune="${escape(commune)}">` +
    `<label class="sr-only" for="cchc-adhoc-plan-${escape(commune)}">Kế hoạch</label>` +
    `<select class="form-control cchc-adhoc-plan" id="cchc-adhoc-plan-${escape(commune)}">` +
    plans.map(p => `<option value="${p.id}">${escape(p.code)}</option>`).join('') + '</select> ' +
    `<label for="cchc-adhoc-due-${escape(commune)}">Hạn gửi</label> ` +
    `<input type="text" class="form-control cchc-adhoc-due" id="cchc-adhoc-due-${escape(commune)}" ` +
    'placeholder="dd/mm/yyyy" size="10"> ' +
    '<button type="submit" class="btn btn-primary">Lập báo cáo đột xuất</button>' +
    '<p class="help-block">Cơ quan thường trực chọn kỳ, kế hoạch và hạn gửi (để trống: hệ thống tự tính); ' +
    'các đơn vị nhận việc báo cáo trong Tasklist.</p>' +
    '<div class="alert alert-danger cchc-adhoc-error" style="display:none"></div>' +
    '<div class="alert alert-success cchc-adhoc-done" style="display:none"></div></form>';
}

async function showCommune(box, commune, plans) {
  const rows = await getJson(`/api/reports/calendar?commune=${encodeURIComponent(commune)}`);
  box.querySelector('.cchc-calendar-box').innerHTML = calendarTable(rows, plans);
}

async function render(node) {
  node.innerHTML = '<section class="cchc-reports container-fluid"><h2>Báo cáo định kỳ, đột xuất</h2><p>Đang tải…</p></section>';
  const section = node.querySelector('.cchc-reports');
  try {
    const plans = await getJson('/api/plans');
    if (!plans.length) {
      section.innerHTML = '<h2>Báo cáo định kỳ, đột xuất</h2><p>Chưa có kế hoạch nào.</p>';
      return;
    }
    const communes = [...new Set(plans.map(p => p.commune))];
    section.innerHTML = '<h2>Báo cáo định kỳ, đột xuất</h2>' + communes.map(c =>
      `<div class="cchc-report-commune" data-commune="${escape(c)}"><h3>Lịch báo cáo</h3>` +
      '<div class="cchc-calendar-box"><p>Đang tải…</p></div><h3>Báo cáo đột xuất</h3>' +
      adHocForm(c, plans.filter(p => p.commune === c)) + '</div>').join('<hr>');
    for (const commune of communes) {
      const box = section.querySelector(`.cchc-report-commune[data-commune="${CSS.escape(commune)}"]`);
      const form = box.querySelector('.cchc-adhoc');
      const {canStart} = await getJson(`/api/reports/can-start?commune=${encodeURIComponent(commune)}`)
        .catch(() => ({canStart: false}));
      if (!canStart) {
        form.outerHTML = '<p class="cchc-adhoc-note">Báo cáo đột xuất do cơ quan thường trực lập.</p>';
        await showCommune(box, commune, plans).catch(e => {
          box.querySelector('.cchc-calendar-box').innerHTML = `<p class="text-danger">${escape(e.message)}</p>`;
        });
        continue;
      }
      const period = periodPicker(form, 'cchc-adhoc-' + commune, 'quarter');
      form.addEventListener('submit', event => {
        event.preventDefault();
        start(box, commune, plans, form, period());
      });
      try {
        await showCommune(box, commune, plans);
      } catch (e) {
        box.querySelector('.cchc-calendar-box').innerHTML = `<p class="text-danger">${escape(e.message)}</p>`;
        form.style.display = 'none';
      }
    }
  } catch (e) {
    section.innerHTML = `<h2>Báo cáo định kỳ, đột xuất</h2><p class="text-danger">${escape(e.message)}</p>`;
  }
}

async function start(box, commune, plans, form, period) {
  const error = form.querySelector('.cchc-adhoc-error');
  const done = form.querySelector('.cchc-adhoc-done');
  const show = (el, text) => {
    el.textContent = text;
    el.style.display = text ? '' : 'none';
  };
  show(error, '');
  show(done, '');
  const dueText = form.querySelector('.cchc-adhoc-due').value.trim();
  const due = dueText ? isoDate(dueText) : null;
  if (dueText && !due) {
    show(error, `Hạn gửi "${dueText}" không hợp lệ; viết theo dạng ngày/tháng/năm, ví dụ 04/06/2026.`);
    return;
  }
  const response = await fetch('/api/reports', {method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken()},
    body: JSON.stringify({commune, period, planId: Number(form.querySelector('.cchc-adhoc-plan').value), due})});
  if (!response.ok) {
    show(error, await message(response));
    return;
  }
  show(done, (await response.json()).message);
  await showCommune(box, commune, plans);
}

export default [{
  id: 'cchc.reportsNavigation',
  pluginPoint: 'cockpit.navigation',
  priority: 50,
  properties: {
    label: 'Báo cáo',
    pagePath: '#' + PATH,
    checkActive: url => url.indexOf('#' + PATH) > -1
  }
}, {
  id: 'cchc.reports',
  pluginPoint: 'cockpit.route',
  properties: {
    path: PATH
  },
  render: (node) => {
    render(node);
  }
}];
