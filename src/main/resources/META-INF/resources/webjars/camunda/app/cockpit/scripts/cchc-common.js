// CCHC Flow: what the Cockpit screens share (plan progress, reports, the city's view): escaping, dates as
// dd/MM/yyyy, the counts table by status, the overdue list, report periods. Imported by the plugins;
// not a plugin itself.
export const STATUSES = [
  ['doneOnTime', 'Hoàn thành đúng hạn'],
  ['doneLate', 'Hoàn thành quá hạn'],
  ['inProgress', 'Đang thực hiện, trong hạn'],
  ['overdue', 'Chưa hoàn thành, quá hạn'],
  ['noDeadline', 'Chưa xác định thời hạn']
];

export function escape(text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g, c =>
    ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

/** "2026-03-04" → "04/03/2026". */
export function date(iso) {
  return iso ? String(iso).substring(0, 10).split('-').reverse().join('/') : '';
}

/** "04/03/2026" or "4/3/2026" → "2026-03-04"; null when it is not a day of the calendar. */
export function isoDate(text) {
  const m = String(text || '').trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (!m) {
    return null;
  }
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null; // 31/02 and the like
  }
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

export function total(c) {
  return c.doneOnTime + c.doneLate + c.inProgress + c.overdue + c.noDeadline;
}

export function countsTable(title, column, groups, sum) {
  const head = STATUSES.map(([, label]) => `<th class="text-center">${label}</th>`).join('');
  const row = (name, c, bold) => `<tr${bold ? ' style="font-weight:bold"' : ''}><td>${escape(name)}</td>` +
    STATUSES.map(([key]) => `<td class="text-center">${c[key]}</td>`).join('') +
    `<td class="text-center">${total(c)}</td></tr>`;
  return `<h4>${title}</h4><table class="table table-bordered table-condensed cchc-counts">` +
    `<thead><tr><th>${column}</th>${head}<th class="text-center">Tổng số</th></tr></thead>` +
    `<tbody>${groups.map(g => row(g.name, g.counts, false)).join('')}${row('Tổng cộng', sum, true)}</tbody></table>`;
}

/** Overdue tasks; {@code link} makes each task a link (the commune's own supervisors), else plain text. */
export function overdueList(lines, link) {
  if (!lines.length) {
    return '<p>Không có nhiệm vụ quá hạn.</p>';
  }
  return '<table class="table table-bordered table-condensed cchc-overdue"><thead><tr><th>Nhiệm vụ</th>' +
    '<th>Đơn vị chủ trì</th><th>Hạn cuối</th><th class="text-center">Số ngày quá hạn</th><th>Đang ở bước</th>' +
    '</tr></thead><tbody>' + lines.map(t => {
      const caption = `NV ${escape(t.number)}: ${escape(t.content)}`;
      return `<tr><td>${link ? `<a href="${link(t)}">${caption}</a>` : caption}</td><td>${escape(t.leadUnits)}</td>` +
        `<td>${date(t.due)}</td><td class="text-center">${t.daysOverdue}</td>` +
        `<td>${escape((t.openSteps || []).join('; '))}</td></tr>`;
    }).join('') + '</tbody></table>';
}

/** The kinds of report period a person picks from, with the period codes of the report API. */
export const PERIOD_KINDS = [
  ['month', 'Tháng', Array.from({length: 12}, (_, i) => [String(i + 1).padStart(2, '0'), `Tháng ${i + 1}`])],
  ['quarter', 'Quý', [['Q1', 'Quý I'], ['Q2', 'Quý II'], ['Q3', 'Quý III'], ['Q4', 'Quý IV']]],
  ['half', '6 tháng', [['H1', '6 tháng đầu năm'], ['H2', '6 tháng cuối năm']]],
  ['year', 'Năm', [['', 'Cả năm']]]
];

/** A period picker (kind, part, year) inside {@code form}; returns a function reading its period code. */
export function periodPicker(form, prefix, initialKind) {
  const year = new Date().getFullYear();
  form.insertAdjacentHTML('afterbegin',
    `<label class="sr-only" for="${prefix}-kind">Loại kỳ</label>` +
    `<select id="${prefix}-kind" class="form-control cchc-period-kind">` +
    PERIOD_KINDS.map(([k, label]) => `<option value="${k}"${k === initialKind ? ' selected' : ''}>${label}</option>`)
      .join('') + '</select> ' +
    `<label class="sr-only" for="${prefix}-part">Kỳ</label><select id="${prefix}-part" class="form-control cchc-period-part"></select> ` +
    `<label class="sr-only" for="${prefix}-year">Năm</label><select id="${prefix}-year" class="form-control cchc-period-year">` +
    [year - 1, year, year + 1].map(y => `<option${y === year ? ' selected' : ''}>${y}</option>`).join('') + '</select> ');
  const kind = form.querySelector('.cchc-period-kind');
  const part = form.querySelector('.cchc-period-part');
  const fill = () => {
    const parts = PERIOD_KINDS.find(([k]) => k === kind.value)[2];
    part.innerHTML = parts.map(([code, label]) => `<option value="${code}">${label}</option>`).join('');
    part.style.display = kind.value === 'year' ? 'none' : '';
  };
  kind.addEventListener('change', fill);
  fill();
  return () => form.querySelector('.cchc-period-year').value + (part.value ? '-' + part.value : '');
}

export async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    const error = new Error(await message(response));
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** The Vietnamese message of a refused request. */
export async function message(response) {
  try {
    const body = await response.json();
    if (body && body.message) {
      return body.message;
    }
  } catch (e) {
    // not JSON
  }
  return 'Không thực hiện được yêu cầu. Hãy thử lại sau.';
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}
