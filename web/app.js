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

/** A line of the log as the terminal output shows it. */
function logLines(event) {
  const host = (e) => `[${e.host}${e.delegatedTo ? ` -> ${e.delegatedTo}` : ''}]`;
  const item = (e) => (e.item !== undefined ? ` => (item=${e.item})` : '');
  switch (event.type) {
    case 'play_start': return [['header', `\nPLAY [${event.play}] ${'*'.repeat(40)}`]];
    case 'task_start': return [['header', `\n${event.handler ? 'RUNNING HANDLER' : 'TASK'} [${event.task}] ${'*'.repeat(40)}`]];
    case 'host_result': {
      const r = event.result ?? {};
      if (event.status === 'failed' || event.status === 'unreachable') {
        const word = event.status === 'unreachable' ? 'UNREACHABLE!' : 'FAILED!';
        return [['failed', `${event.status === 'unreachable' ? 'fatal' : 'fatal'}: ${host(event)}${item(event)}: ${word} => ${r.msg ?? JSON.stringify(r)}${event.ignored ? '\n...ignoring' : ''}`]];
      }
      if (event.status === 'skipped') return [['skipped', `skipping: ${host(event)}${item(event)}`]];
      const msg = event.action === 'debug' && r.msg !== undefined ? ` => ${typeof r.msg === 'string' ? r.msg : JSON.stringify(r.msg)}` : '';
      return [[event.status, `${event.status}: ${host(event)}${item(event)}${msg}`]];
    }
    case 'async_poll': return [['', `ASYNC POLL on ${event.host}: jid=${event.jid} started=${event.started} finished=${event.finished}`]];
    case 'async_terminated': return [['warning', `terminated ${event.host} ${event.jid}: ${event.killed ? 'killed' : 'may still run'}`]];
    case 'retry': return [['failed', `FAILED - RETRYING: ${host(event)}: ${event.task} (${event.retriesLeft} retries left).`]];
    case 'warning': return [['warning', `[WARNING]: ${event.host ? `${event.host}: ` : ''}${event.message}`]];
    case 'recap': return [['header', `\nPLAY RECAP ${'*'.repeat(40)}`], ...Object.entries(event.stats).map(([h, s]) => ['', `${h.padEnd(26)} : ok=${s.ok} changed=${s.changed} unreachable=${s.unreachable} failed=${s.failed} skipped=${s.skipped} rescued=${s.rescued} ignored=${s.ignored}`])];
    default: return [];
  }
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
  const append = (event) => {
    for (const [cls, text] of logLines(event)) {
      const line = document.createElement('div');
      line.className = cls;
      line.textContent = text;
      log.append(line);
      if (log.childElementCount > MAX_LOG_LINES) log.firstElementChild.remove();
    }
    count++;
    $('log-count').textContent = `${count} events`;
  };
  let after = 0;
  // The stream ends with the run; a dropped connection is taken up again after the last event seen.
  while (!abort.signal.aborted) {
    try {
      const response = await fetch(`/api/runs/${id}/stream?after=${after}`, { headers: { authorization: `Bearer ${token()}` }, signal: abort.signal });
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
          if (fields.event === 'event') {
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
