// CCHC Flow: the city's view on the Cockpit dashboard, for the Sở Nội vụ (read-only). Communes ranked for
// a chosen period (month, quarter, half-year, year) by completion, overdue tasks and reports delivered on
// time; one commune's figures by area and unit with its overdue list and its issued reports (DOCX, XLSX);
// the roll-up as XLSX. Built on /api/reports/city, /summary and /api/reports?commune=. Shown only to those
// who may read the city roll-up (the Sở Nội vụ, the operator).
import {countsTable, date, escape, getJson, overdueList, periodPicker, total} from './cchc-common.js';

const TITLE = '<h3>Kết quả cải cách hành chính của các xã, phường</h3>';

function ranking(city) {
  if (!city.communes.length) {
    return '<p>Chưa có xã, phường nào có kế hoạch trong kỳ này.</p>';
  }
  return '<table class="table table-bordered table-condensed cchc-city-ranking"><thead><tr>' +
    '<th class="text-center">Xếp hạng</th><th>Xã, phường</th><th class="text-center">Hoàn thành đúng hạn</th>' +
    '<th class="text-center">Hoàn thành quá hạn</th><th class="text-center">Đang thực hiện, trong hạn</th>' +
    '<th class="text-center">Chưa hoàn thành, quá hạn</th><th class="text-center">Tổng số nhiệm vụ</th>' +
    '<th class="text-center">Tỷ lệ hoàn thành</th><th class="text-center">Báo cáo gửi đúng hạn</th></tr></thead><tbody>' +
    city.communes.map(r => {
      const all = total(r.counts);
      const done = r.counts.doneOnTime + r.counts.doneLate;
      const rate = all ? Math.round(done * 1000 / all) / 10 : 0;
      return `<tr data-commune="${escape(r.communeId)}"><td class="text-center">${r.rank}</td>` +
        `<td><a href class="cchc-commune-link" data-commune="${escape(r.communeId)}">${escape(r.communeName)}</a></td>` +
        `<td class="text-center">${r.counts.doneOnTime}</td><td class="text-center">${r.counts.doneLate}</td>` +
        `<td class="text-center">${r.counts.inProgress}</td><td class="text-center">${r.counts.overdue}</td>` +
        `<td class="text-center">${all}</td><td class="text-center">${String(rate).replace('.', ',')}%</td>` +
        `<td class="text-center">${r.reportsOnTime}/${r.reportsDueInPeriod}</td></tr>`;
    }).join('') + '</tbody></table>';
}

function issuedList(reports) {
  if (!reports.length) {
    return '<p>Xã, phường chưa ban hành báo cáo nào.</p>';
  }
  return '<table class="table table-bordered table-condensed cchc-issued"><thead><tr><th>Báo cáo</th><th>Số, ngày</th>' +
    '<th>Hạn gửi</th><th>Gửi đúng hạn</th><th>Tải về</th></tr></thead><tbody>' + reports.map(r =>
      `<tr><td>${escape(r.title)}${r.adHoc ? ' (đột xuất)' : ''}</td>` +
      `<td>${escape(r.number || '')}${r.documentDate ? ', ngày ' + date(r.documentDate) : ''}</td>` +
      `<td>${date(r.dueDate)}</td><td>${r.onTime ? 'Đúng hạn' : '<span class="text-danger">Trễ hạn</span>'}</td>` +
      `<td><a class="cchc-docx" href="${escape(r.docxUrl)}" download>DOCX</a> · ` +
      `<a class="cchc-xlsx" href="${escape(r.xlsxUrl)}" download>XLSX</a></td></tr>`).join('') + '</tbody></table>';
}

async function showCommune(box, communeId, communeName, period) {
  box.innerHTML = `<h3>${escape(communeName)}</h3><p>Đang tải…</p>`;
  try {
    const [f, reports] = await Promise.all([
      getJson(`/api/reports/summary?commune=${encodeURIComponent(communeId)}&period=${encodeURIComponent(period)}`),
      getJson(`/api/reports?commune=${encodeURIComponent(communeId)}`)]);
    box.innerHTML = `<div class="cchc-commune" data-commune="${escape(communeId)}"><h3>${escape(f.communeName)}</h3>` +
      `<p>Số liệu ${escape(f.period.label || '')}, tính đến ${date(f.asOf)}.</p>` +
      countsTable('Theo lĩnh vực', 'Lĩnh vực', f.byArea, f.total) +
      countsTable('Theo đơn vị chủ trì', 'Đơn vị', f.byUnit, f.total) +
      '<h4>Nhiệm vụ chưa hoàn thành, quá hạn</h4>' + overdueList(f.overdue, null) +
      '<h4>Báo cáo đã ban hành</h4>' + issuedList(reports) + '</div>';
  } catch (e) {
    box.innerHTML = `<h3>${escape(communeName)}</h3><p class="text-danger">${escape(e.message)}</p>`;
  }
}

/**
 * The Sở Nội vụ has no process of its own: the engine's counters above the custom section (all zero for it)
 * are hidden, so its dashboard is the city's view.
 */
function onlyCityView(node) {
  const section = node.closest('section.deprecate');
  if (section && section.parentElement) {
    [...section.parentElement.children].filter(c => c !== section).forEach(c => {
      c.style.display = 'none';
    });
  }
}

async function render(node) {
  const year = new Date().getFullYear();
  const probe = await fetch(`/api/reports/city?period=${year}`, {credentials: 'same-origin'});
  if (!probe.ok) {
    node.innerHTML = ''; // a commune's people: their own dashboards
    return;
  }
  const plans = await getJson('/api/plans').catch(() => []);
  if (!plans.length) {
    onlyCityView(node); // the Sở Nội vụ; the operator keeps the engine's figures
  }
  node.innerHTML = `<section class="cchc-city">${TITLE}` +
    '<form class="form-inline cchc-city-period"><button type="submit" class="btn btn-default">Xem</button> ' +
    '<a class="btn btn-link cchc-rollup" download>Tải bảng tổng hợp (XLSX)</a></form>' +
    '<div class="cchc-city-table"></div><div class="cchc-city-commune"></div></section>';
  const form = node.querySelector('.cchc-city-period');
  const period = periodPicker(form, 'cchc-city', 'year');
  const table = node.querySelector('.cchc-city-table');
  const communeBox = node.querySelector('.cchc-city-commune');
  const load = async () => {
    const code = period();
    node.querySelector('.cchc-rollup').href = `/api/reports/city.xlsx?period=${encodeURIComponent(code)}`;
    table.innerHTML = '<p>Đang tải…</p>';
    communeBox.innerHTML = '';
    try {
      const city = await getJson(`/api/reports/city?period=${encodeURIComponent(code)}`);
      table.innerHTML = `<p>Xếp hạng ${escape(city.period.label || code)}: theo tỷ lệ nhiệm vụ hoàn thành, ` +
        'số nhiệm vụ quá hạn và số báo cáo gửi đúng hạn. Chọn một xã, phường để xem chi tiết.</p>' + ranking(city);
      table.querySelectorAll('.cchc-commune-link').forEach(a => a.addEventListener('click', event => {
        event.preventDefault();
        showCommune(communeBox, a.dataset.commune, a.textContent, code);
      }));
    } catch (e) {
      table.innerHTML = `<p class="text-danger">${escape(e.message)}</p>`;
    }
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    load();
  });
  load();
}

export default {
  id: 'cchc.cityView',
  pluginPoint: 'cockpit.dashboard',
  priority: 300,
  render: (node) => {
    render(node);
  }
};
