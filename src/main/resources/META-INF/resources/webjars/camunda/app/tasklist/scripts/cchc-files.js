// CCHC Flow: the "Tệp sản phẩm" tab of a task in Tasklist. On a step of a plan task: every file attached
// to the task (download), and for the person working on the step a way to attach one more, with the size
// limit and the allowed types stated (GET/POST /api/steps/{taskId}/files). (The report forms link to the
// report's draft themselves.)

function escape(text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g, c =>
    ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

function when(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

async function answerMessage(response) {
  try {
    const body = await response.json();
    if (body && body.message) {
      return body.message;
    }
  } catch (e) {
    // not JSON: the generic message below
  }
  return 'Không đính kèm được tệp. Hãy thử lại sau.';
}

function filesTable(files) {
  if (!files.length) {
    return '<p class="cchc-no-files">Chưa có tệp nào được đính kèm.</p>';
  }
  return '<table class="table table-condensed cchc-files"><thead><tr><th>Tệp</th><th>Người đính kèm</th>' +
    '<th>Thời gian</th></tr></thead><tbody>' + files.map(f =>
      `<tr><td><a href="${escape(f.downloadUrl)}" download>${escape(f.name)}</a></td>` +
      `<td>${escape(f.uploadedByName || '')}</td><td>${when(f.uploadedAt)}</td></tr>`).join('') + '</tbody></table>';
}

function uploadForm(info) {
  const accept = info.allowedTypes.map(t => '.' + t).join(',');
  return '<form class="cchc-attach" style="margin-top:10px">' +
    // the browser's own file field speaks the browser's language: it is hidden behind a Vietnamese button
    '<strong>Đính kèm tệp sản phẩm</strong> ' +
    `<input type="file" id="cchc-file-input" name="file" accept="${escape(accept)}" ` +
    'style="position:absolute;left:-10000px;width:1px;height:1px"> ' +
    '<label for="cchc-file-input" class="btn btn-default" style="margin-bottom:0">Chọn tệp…</label> ' +
    '<span class="cchc-file-name text-muted">Chưa chọn tệp</span> ' +
    '<button type="submit" class="btn btn-primary cchc-attach-button">Đính kèm</button>' +
    `<p class="help-block">Mỗi tệp tối đa ${escape(info.sizeLimit)}. Loại tệp được phép: ` +
    `${escape(info.allowedTypes.join(', '))}.</p>` +
    '<div class="alert alert-danger cchc-file-error" style="display:none"></div>' +
    '<div class="alert alert-success cchc-file-done" style="display:none"></div></form>';
}

function limitBytes(text) {
  const [number, unit] = text.split(' ');
  return Number(number) * (unit === 'MB' ? 1024 * 1024 : 1024);
}

async function showFiles(node, taskId) {
  const response = await fetch(`/api/steps/${encodeURIComponent(taskId)}/files`, {credentials: 'same-origin'});
  if (!response.ok) {
    node.innerHTML = `<div class="alert alert-warning">${escape(await answerMessage(response))}</div>`;
    return;
  }
  const info = await response.json();
  if (!info.planTask) {
    node.innerHTML = '<p>Công việc này không có tệp sản phẩm.</p>';
    return;
  }
  node.innerHTML = '<div class="cchc-step-files"><h4>Tệp sản phẩm của nhiệm vụ</h4>' + filesTable(info.files) +
    (info.canAttach ? uploadForm(info) : '') + '</div>';
  const form = node.querySelector('.cchc-attach');
  if (!form) {
    return;
  }
  const input = form.querySelector('input[type=file]');
  input.addEventListener('change', () => {
    form.querySelector('.cchc-file-name').textContent = input.files[0] ? input.files[0].name : 'Chưa chọn tệp';
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const error = form.querySelector('.cchc-file-error');
    const done = form.querySelector('.cchc-file-done');
    const show = (box, text) => {
      box.textContent = text;
      box.style.display = text ? '' : 'none';
    };
    show(error, '');
    show(done, '');
    const file = form.querySelector('input[type=file]').files[0];
    if (!file) {
      show(error, 'Hãy chọn một tệp (tệp không được để trống).');
      return;
    }
    const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
    if (!info.allowedTypes.includes(extension)) {
      show(error, `Tệp "${file.name}" không thuộc loại được phép. Các loại được phép: ${info.allowedTypes.join(', ')}.`);
      return;
    }
    if (file.size > limitBytes(info.sizeLimit)) {
      show(error, `Tệp "${file.name}" lớn hơn giới hạn ${info.sizeLimit} cho mỗi tệp.`);
      return;
    }
    const body = new FormData();
    body.append('file', file);
    const answer = await fetch(`/api/steps/${encodeURIComponent(taskId)}/files`, {method: 'POST',
      credentials: 'same-origin', headers: {'X-XSRF-TOKEN': csrfToken()}, body});
    if (!answer.ok) {
      show(error, await answerMessage(answer));
      return;
    }
    const saved = await answer.json();
    await showFiles(node, taskId);
    show(node.querySelector('.cchc-file-done') || done, `Đã đính kèm tệp "${saved.name}".`);
  });
}

async function render(node, taskId) {
  node.innerHTML = '<p>Đang tải…</p>';
  try {
    await showFiles(node, taskId);
  } catch (e) {
    node.innerHTML = '<p>Không tải được danh sách tệp.</p>';
    console.error('CCHC files', e);
  }
}

export default {
  id: 'cchc.taskFiles',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  properties: {
    label: 'Tệp sản phẩm'
  },
  render: (node, {taskId}) => {
    render(node, taskId);
  }
};
