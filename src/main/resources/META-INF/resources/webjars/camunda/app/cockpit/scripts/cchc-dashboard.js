// CCHC Flow: plan progress on the Cockpit dashboard, for the chair, vice-chairs and the coordinating
// unit. The figures come from /api/reports/plan/{id}: the same computation as the periodic reports.
const STATUSES = [
  ['doneOnTime', 'Hoàn thành đúng hạn'],
  ['doneLate', 'Hoàn thành quá hạn'],
  ['inProgress', 'Đang thực hiện, trong hạn'],
  ['overdue', 'Chưa hoàn thành, quá hạn'],
  ['noDeadline', 'Chưa xác định thời hạn']
];

function escape(text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g, c =>
    ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

function date(iso) {
  return iso ? iso.split('-').reverse().join('/') : '';
}

function countsTable(title, column, groups, total) {
  const head = STATUSES.map(([, label]) => `<th class="text-center">${label}</th>`).join('');
  const row = (name, c, bold) => `<tr${bold ? ' style="font-weight:bold"' : ''}><td>${escape(name)}</td>` +
    STATUSES.map(([key]) => `<td class="text-center">${c[key]}</td>`).join('') +
    `<td class="text-center">${c.doneOnTime + c.doneLate + c.inProgress + c.overdue + c.noDeadline}</td></tr>`;
  return `<h4>${title}</h4><table class="table table-bordered table-condensed cchc-counts">` +
    `<thead><tr><th>${column}</th>${head}<th class="text-center">Tổng số</th></tr></thead>` +
    `<tbody>${groups.map(g => row(g.name, g.counts, false)).join('')}${row('Tổng cộng', total, true)}</tbody></table>`;
}

function overdueList(lines) {
  if (!lines.length) {
    return '<p>Không có nhiệm vụ quá hạn.</p>';
  }
  return '<table class="table table-bordered table-condensed cchc-overdue"><thead><tr><th>Nhiệm vụ</th>' +
    '<th>Đơn vị chủ trì</th><th>Hạn cuối</th><th class="text-center">Số ngày quá hạn</th><th>Đang ở bước</th>' +
    '</tr></thead><tbody>' + lines.map(t => `<tr><td><a href="#/process-instance/${escape(t.processInstanceId)}/runtime">` +
    `NV ${escape(t.number)}: ${escape(t.content)}</a></td><td>${escape(t.leadUnits)}</td><td>${date(t.due)}</td>` +
    `<td class="text-center">${t.daysOverdue}</td><td>${escape(t.currentStep)}</td></tr>`).join('') + '</tbody></table>';
}

async function render(node) {
  node.innerHTML = '<section class="cchc-dashboard"><h3>Tiến độ thực hiện kế hoạch</h3><p>Đang tải…</p></section>';
  const section = node.querySelector('.cchc-dashboard');
  try {
    const plans = await (await fetch('/api/plans', {credentials: 'same-origin'})).json();
    if (!plans.length) {
      section.innerHTML = '<h3>Tiến độ thực hiện kế hoạch</h3><p>Chưa có kế hoạch nào.</p>';
      return;
    }
    const parts = [];
    for (const plan of plans) {
      const f = await (await fetch(`/api/reports/plan/${plan.id}`, {credentials: 'same-origin'})).json();
      const rate = f.total.doneOnTime + f.total.doneLate;
      parts.push(`<div class="cchc-plan" data-plan="${plan.id}"><h3>${escape(plan.title)}</h3>` +
        `<p>Tính đến ${date(f.asOf)}: <strong class="cchc-done">${rate}</strong>/${plan.taskCount} nhiệm vụ đã hoàn thành; ` +
        `<strong class="cchc-overdue-count">${f.total.overdue}</strong> nhiệm vụ quá hạn.</p>` +
        countsTable('Theo lĩnh vực', 'Lĩnh vực', f.byArea, f.total) +
        countsTable('Theo đơn vị chủ trì', 'Đơn vị', f.byUnit, f.total) +
        '<h4>Nhiệm vụ chưa hoàn thành, quá hạn</h4>' + overdueList(f.overdue) + '</div>');
    }
    section.innerHTML = '<h3>Tiến độ thực hiện kế hoạch</h3>' + parts.join('<hr>');
  } catch (e) {
    section.innerHTML = '<h3>Tiến độ thực hiện kế hoạch</h3><p>Không tải được số liệu.</p>';
    console.error('CCHC dashboard', e);
  }
}

export default {
  id: 'cchc.planProgress',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    render(node);
  }
};
