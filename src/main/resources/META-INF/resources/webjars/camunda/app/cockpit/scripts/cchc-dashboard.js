// CCHC Flow: plan progress on the Cockpit dashboard, for the chair, vice-chairs and the coordinating
// unit. The figures come from /api/reports/plan/{id}: the same computation as the periodic reports.
import {countsTable, date, escape, overdueList} from './cchc-common.js';

/** The city's Sở Nội vụ reads the city comparison; a commune's supervisors do not. */
async function isCity() {
  const year = new Date().getFullYear();
  return (await fetch(`/api/reports/city?period=${year}`, {credentials: 'same-origin'})).ok;
}

const DELIVERABLE_KINDS = {RESULT: 'Sản phẩm định kỳ', PROGRESS_REPORT: 'Báo cáo tiến độ', FINAL_ASSESSMENT: 'Đánh giá cuối kỳ'};

/** The period deliverables of recurring and standing duties due so far: "báo cáo quý II: 4/5 đơn vị nộp đúng hạn". */
function standingDuties(lines) {
  const due = (lines || []).filter(l => l.due && l.due <= new Date().toISOString().substring(0, 10));
  if (!due.length) {
    return '';
  }
  const items = due.map(l => `<li class="cchc-standing-line">NV ${escape(l.number)} · ${escape(l.content)}: ` +
    `${DELIVERABLE_KINDS[l.kind] || ''} hạn ${date(l.due)}: <strong>${l.onTime}/${l.units}</strong> đơn vị nộp đúng hạn` +
    (l.late ? `, ${l.late} nộp muộn` : '') +
    (l.missing ? `, ${l.missing} chưa nộp (${l.missingUnits.map(escape).join(', ')})` : '') + '</li>');
  return '<h4>Nhiệm vụ định kỳ, thường xuyên: sản phẩm từng kỳ</h4><ul class="cchc-standing">' + items.join('') + '</ul>';
}

async function render(node) {
  node.innerHTML = '<section class="cchc-dashboard"><h3>Tiến độ thực hiện kế hoạch</h3><p>Đang tải…</p></section>';
  const section = node.querySelector('.cchc-dashboard');
  try {
    const plans = await (await fetch('/api/plans', {credentials: 'same-origin'})).json();
    if (!plans.length) {
      if (await isCity()) {
        node.innerHTML = ''; // the city's view (cchc-city.js) is its dashboard
        return;
      }
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
        '<h4>Nhiệm vụ chưa hoàn thành, quá hạn</h4>' + overdueList(f.overdue, t => `#/process-instance/${escape(t.processInstanceId)}/runtime`) +
        standingDuties(f.standingDuties) + '</div>');
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
