// castoff's run page. The token stays in this tab's session storage and goes in an Authorization
// header: no cookie, so no other site can make the browser act here. Everything a host sent is
// put on the page as text (textContent), never as markup.
const $ = (id) => document.getElementById(id);
const token = () => sessionStorage.getItem('castoff-token');
const MAX_LOG_LINES = 10000;

async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { authorization: `Bearer ${token()}`, ...(options.body ? { 'content-type': 'application/json' } : {}) },
  });
  if (response.status === 401) {
    sessionStorage.removeItem('castoff-token');
    route();
    throw new Error('the token was refused');
  }
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

function show(section) {
  for (const id of ['login', 'runs', 'run']) $(id).hidden = id !== section;
  $('logout').hidden = section === 'login';
}

let leaving = () => {};

async function route() {
  leaving();
  leaving = () => {};
  if (!token()) return show('login');
  const match = /^#\/runs\/(\d+)$/.exec(location.hash);
  if (match) return showRun(Number(match[1]));
  return showRuns();
}

async function showRuns() {
  show('runs');
  const [projects, runs] = await Promise.all([api('/api/projects'), api('/api/runs')]);
  const select = $('project');
  if (select.options.length === 0) for (const p of projects) select.add(new Option(p, p));
  const body = $('run-list').tBodies[0];
  body.replaceChildren();
  for (const run of runs) {
    const row = body.insertRow();
    row.className = 'link';
    row.dataset.run = String(run.id);
    row.onclick = () => (location.hash = `#/runs/${run.id}`);
    cell(row, String(run.id));
    cell(row, run.status, `status ${run.status}`);
    cell(row, run.playbook);
    cell(row, run.project);
    cell(row, run.who);
    cell(row, run.startedAt ? new Date(run.startedAt).toLocaleString() : '');
    cell(row, run.exitCode === undefined ? '' : String(run.exitCode));
  }
  const timer = setTimeout(() => location.hash === '' || location.hash === '#/' ? route() : undefined, 3000);
  leaving = () => clearTimeout(timer);
}

/** The human output's colours (ANSI codes, the only escape codes the server's text holds) as classes. */
const PAINT = { 31: 'failed', 32: 'ok', 33: 'changed', 35: 'warning', 36: 'skipped' };

/** The server's text for one event as lines of spans, each coloured as the terminal colours it (a colour may span lines). */
function logLines(text) {
  const lines = [];
  let cls = '';
  for (const row of text.replace(/\n$/, '').split('\n')) {
    const line = document.createElement('div');
    for (const part of row.split(/(\u001b\[[\d;]*m)/)) {
      const code = /^\u001b\[([\d;]*)m$/.exec(part);
      if (code) {
        cls = PAINT[code[1].split(';').at(-1)] ?? '';
      } else if (part !== '') {
        const span = document.createElement('span');
        span.className = cls;
        span.textContent = part;
        line.append(span);
      }
    }
    lines.push(line);
  }
  return lines;
}

function renderDetail(run) {
  $('run-id').textContent = `#${run.id}`;
  $('run-status').textContent = run.status;
  $('run-status').className = `status ${run.status}`;
  $('run-what').textContent = `${run.project}: ${run.playbook}${run.inventory.length ? ` -i ${run.inventory.join(' -i ')}` : ''}${run.limit ? ` -l ${run.limit}` : ''}${run.check ? ' --check' : ''}, by ${run.who}${run.exitCode !== undefined ? `, exit code ${run.exitCode}` : ''}`;
  $('run-reason').textContent = run.reason ?? '';
  const live = ['queued', 'running', 'stopping'].includes(run.status);
  $('stop').disabled = !live || run.status === 'stopping';
  $('force-stop').disabled = !live;
  $('kill-jobs').hidden = live || !run.jobs.some((j) => ['may_run', 'running', 'left'].includes(j.state));
  const hosts = $('hosts').tBodies[0];
  hosts.replaceChildren();
  for (const h of run.hosts) {
    const row = hosts.insertRow();
    row.dataset.host = h.host;
    for (const v of [h.host, h.state, h.task, h.ok, h.changed, h.unreachable, h.failed, h.skipped, h.rescued, h.ignored]) cell(row, v === undefined ? '' : String(v));
  }
  const jobs = $('jobs').tBodies[0];
  jobs.replaceChildren();
  for (const j of run.jobs) {
    const row = jobs.insertRow();
    row.dataset.jid = j.jid;
    for (const v of [j.host, j.jid, j.task, j.state, j.note]) cell(row, v ?? '');
  }
}

async function showRun(id) {
  show('run');
  $('log').replaceChildren();
  $('action-result').textContent = '';
  let count = 0;
  const abort = new AbortController();
  leaving = () => abort.abort();
  // While the run's stream is followed, it alone draws the run: it brings each state in order, where
  // a state fetched after a button could arrive after a newer one (a Force stop's `stopped`).
  let following = true;
  const act = (path, body) => async () => {
    $('action-result').textContent = '';
    try {
      const result = await api(path, { method: 'POST', body: JSON.stringify(body ?? {}) });
      if (Array.isArray(result)) $('action-result').textContent = result.map((o) => `${o.host} ${o.jid}: ${o.state} (${o.note})`).join('; ') || 'no job to kill';
      if (!following) renderDetail(await api(`/api/runs/${id}`));
    } catch (err) {
      $('action-result').textContent = err.message;
    }
  };
  $('stop').onclick = act(`/api/runs/${id}/stop`, { force: false });
  $('force-stop').onclick = act(`/api/runs/${id}/stop`, { force: true });
  $('kill-jobs').onclick = act(`/api/runs/${id}/kill-jobs`);
  renderDetail(await api(`/api/runs/${id}`));
  const log = $('log');
  // Each event comes as the text castoff-playbook prints for it (maybe none, maybe several lines).
  const append = ({ text }) => {
    if (text !== '') {
      for (const line of logLines(text)) {
        log.append(line);
        if (log.childElementCount > MAX_LOG_LINES) log.firstElementChild.remove();
      }
    }
    count++;
    $('log-count').textContent = `${count} events`;
  };
  let after = 0;
  // The stream ends with the run; a dropped connection is taken up again after the last event seen.
  while (!abort.signal.aborted) {
    try {
      const response = await fetch(`/api/runs/${id}/stream?view=log&after=${after}`, { headers: { authorization: `Bearer ${token()}` }, signal: abort.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let ended = false;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
          if (fields.event === 'log') {
            after = Number(fields.id);
            append(JSON.parse(fields.data));
          } else if (fields.event === 'run') renderDetail(JSON.parse(fields.data));
          else if (fields.event === 'end') ended = true;
        }
      }
      if (ended) break;
    } catch (err) {
      if (abort.signal.aborted) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  following = false;
}

$('login-form').onsubmit = async (e) => {
  e.preventDefault();
  sessionStorage.setItem('castoff-token', $('token').value.trim());
  $('token').value = '';
  try {
    await api('/api/projects');
    $('login-error').textContent = '';
    route();
  } catch (err) {
    $('login-error').textContent = err.message;
  }
};
$('logout').onclick = () => {
  sessionStorage.removeItem('castoff-token');
  route();
};
$('start-form').onsubmit = async (e) => {
  e.preventDefault();
  $('start-error').textContent = '';
  try {
    const extra = $('extra').value.trim();
    const run = await api('/api/runs', {
      method: 'POST',
      body: JSON.stringify({
        project: $('project').value || undefined,
        playbook: $('playbook').value.trim(),
        inventory: $('inventory').value.trim() ? $('inventory').value.trim().split(/\s+/) : undefined,
        limit: $('limit').value.trim() || undefined,
        extraVars: extra ? JSON.parse(extra) : undefined,
        check: $('check').checked,
      }),
    });
    location.hash = `#/runs/${run.id}`;
  } catch (err) {
    $('start-error').textContent = err.message;
  }
};
window.addEventListener('hashchange', route);
route();
