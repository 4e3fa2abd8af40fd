/**
 * castoff serve's web page in a real browser (Debian's chromium through playwright-core): log in
 * with the token, start a run on the sshd containers, watch its live log, reload mid-run, Stop it
 * and Force stop another, each checked on the hosts themselves.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { LONG_ASYNC_PLAYBOOK, runDetail, startTestServer, type TestServer } from '../helpers/serve.js';

const CHROMIUM = process.env.CASTOFF_CHROMIUM ?? '/usr/bin/chromium';

let fleet: TestHosts;
let inv: TestInventory;
let server: TestServer;
let browser: Browser;

const hostOf = (name: string): TestHost => fleet.hosts.find((h) => h.name === name)!;
const jobProcesses = (host: string, jid: string) => hostOf(host).processesWithEnv(`CASTOFF_JOB_ID=${jid}`);

beforeAll(async () => {
  fleet = await startHosts(2);
  inv = writeInventory(fleet.hosts);
  writeFileSync(join(inv.dir, 'ansible.cfg'), `[defaults]\ninventory = hosts.ini\nknown_hosts = ${inv.knownHostsFile}\n`);
  writeFileSync(join(inv.dir, 'long.yml'), LONG_ASYNC_PLAYBOOK);
  server = await startTestServer(inv.dir);
  // As root (the test machines), chromium runs only without its sandbox.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fleet?.stop();
});

async function loggedIn(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.fill('#token', server.token);
  await page.click('#login-form button');
  await page.waitForSelector('#runs:not([hidden])');
  return page;
}

/** Starts `long.yml` from the page's form; resolves on the run's page with its id. */
async function startLongRun(page: Page): Promise<number> {
  await page.fill('#playbook', 'long.yml');
  await page.click('#start-form button');
  await page.waitForURL(/#\/runs\/\d+$/);
  return Number(/#\/runs\/(\d+)$/.exec(page.url())![1]);
}

/** Waits until the page's jobs table shows a running job per host; their host and jid. */
async function runningJobsOnPage(page: Page): Promise<Array<{ host: string; jid: string }>> {
  await page.waitForFunction((count) => [...document.querySelectorAll('#jobs tbody tr')].filter((r) => r.children[3]?.textContent === 'running').length === count, fleet.hosts.length, {
    timeout: 60_000,
  });
  const rows = await page.$$eval('#jobs tbody tr', (trs) => trs.map((tr) => ({ host: tr.children[0].textContent ?? '', jid: tr.children[1].textContent ?? '' })));
  for (const job of rows) expect((await eventually(() => jobProcesses(job.host, job.jid), (p) => p.length > 0)).length).toBeGreaterThan(0);
  return rows;
}

const statusOnPage = (page: Page, status: string) => page.waitForFunction((s) => document.getElementById('run-status')?.textContent === s, status, { timeout: 60_000 });

describe('the run page', () => {
  it('refuses a wrong token', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.fill('#token', 'castoff_wrong-wrong-wrong-wrong');
    await page.click('#login-form button');
    await page.waitForFunction(() => document.getElementById('login-error')?.textContent !== '');
    expect(await page.textContent('#login-error')).toContain('refused');
    await page.close();
  });

  it('starts a run, streams its log and host table live, survives a reload, and Stop kills the jobs on the hosts', async () => {
    const page = await loggedIn();
    const id = await startLongRun(page);
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('TASK [long job]'), undefined, { timeout: 60_000 });
    const jobs = await runningJobsOnPage(page);
    expect(await page.$$eval('#hosts tbody tr', (trs) => trs.map((tr) => [tr.children[0].textContent, tr.children[1].textContent, tr.children[2].textContent]))).toEqual(
      fleet.hosts.map((h) => [h.name, 'running', 'long job']),
    );
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/serve-run-page.png', fullPage: true });

    // A reload mid-run rebuilds the log from the first event, each line once, and goes on live.
    await page.reload();
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('TASK [long job]'), undefined, { timeout: 60_000 });
    const headers = async () => (await page.$$eval('#log div', (divs) => divs.map((d) => d.textContent ?? ''))).filter((l) => l.includes('TASK [long job]')).length;
    expect(await headers()).toBe(1);

    await page.click('#stop');
    await statusOnPage(page, 'stopped');
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('PLAY RECAP'), undefined, { timeout: 60_000 });
    expect(await page.$$eval('#jobs tbody tr', (trs) => trs.map((tr) => tr.children[3].textContent))).toEqual(jobs.map(() => 'killed'));
    for (const job of jobs) expect(await jobProcesses(job.host, job.jid)).toEqual([]);
    expect((await runDetail(server, id)).status).toBe('stopped');
    expect(await headers()).toBe(1);
    await page.close();
  });

  it('Force stop leaves the jobs running, and the button kills them later', async () => {
    const page = await loggedIn();
    const id = await startLongRun(page);
    const jobs = await runningJobsOnPage(page);
    // A state of the run asked for while its stream is open and delivered late, as on a loaded
    // machine: it must not draw over the `stopped` the stream brought meanwhile. Once the stream
    // has ended, the server's answer is final and goes through as it is.
    const stale = JSON.stringify(await runDetail(server, id));
    let streamEnded = false;
    page.on('requestfinished', (request) => {
      if (request.url().includes(`/api/runs/${id}/stream`)) streamEnded = true;
    });
    const delivered: Promise<void>[] = [];
    await page.route(`${server.url}/api/runs/${id}`, (route) => {
      if (streamEnded) return route.continue();
      delivered.push(new Promise((r) => setTimeout(r, 3000)).then(() => route.fulfill({ contentType: 'application/json', body: stale })));
    });
    await page.click('#force-stop');
    await statusOnPage(page, 'stopped');
    await Promise.all(delivered);
    await page.unroute(`${server.url}/api/runs/${id}`);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    expect(await page.textContent('#run-status')).toBe('stopped');
    expect(await page.textContent('#run-reason')).toContain('Force stop');
    await page.waitForSelector('#kill-jobs:not([hidden])');
    expect(await page.$$eval('#jobs tbody tr', (trs) => trs.map((tr) => tr.children[3].textContent))).toEqual(jobs.map(() => 'may_run'));
    for (const job of jobs) expect((await jobProcesses(job.host, job.jid)).length).toBeGreaterThan(0);
    await page.click('#kill-jobs');
    await page.waitForFunction(() => document.getElementById('action-result')?.textContent?.includes('killed'), undefined, { timeout: 60_000 });
    for (const job of jobs) expect(await page.textContent('#action-result')).toContain(`${job.host} ${job.jid}: killed`);
    for (const job of jobs) expect(await eventually(() => jobProcesses(job.host, job.jid), (p) => p.length === 0)).toEqual([]);
    expect((await runDetail(server, id)).jobs.map((j) => j.state)).toEqual(jobs.map(() => 'killed'));
    await page.close();
  });

  it('shows what a host sent as text, never as markup or as colours, in the lines castoff-playbook prints', async () => {
    writeFileSync(
      join(inv.dir, 'markup.yml'),
      `- hosts: all\n  gather_facts: no\n  tasks:\n    - name: host text\n      command: echo '<img src=x onerror="document.title=1">'\n      register: out\n    - debug:\n        msg: "{{ out.stdout }}"\n` +
        `    - name: host colours\n      command: printf '\\033[0;31mfake failure\\033[0m'\n      register: paint\n    - debug:\n        msg: "{{ paint.stdout }}"\n`,
    );
    const page = await loggedIn();
    await page.fill('#playbook', 'markup.yml');
    await page.click('#start-form button');
    await page.waitForURL(/#\/runs\/\d+$/);
    await statusOnPage(page, 'succeeded');
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('<img src=x'), undefined, { timeout: 60_000 });
    expect(await page.$$('#log img')).toHaveLength(0);
    expect(await page.title()).toBe('castoff');
    const lines = await page.$$eval('#log div', (divs) => divs.map((d) => d.textContent ?? ''));
    // The debug result as the terminal prints it: its JSON over several lines.
    expect(lines).toContain('    "msg": "<img src=x onerror=\\"document.title=1\\">"');
    // The host's escape codes are shown as text inside the (green) ok result, never painted red.
    expect(lines).toContain('    "msg": "\\u001b[0;31mfake failure\\u001b[0m"');
    expect(await page.$$eval('#log span.ok', (spans) => spans.some((s) => s.textContent === '    "msg": "\\u001b[0;31mfake failure\\u001b[0m"'))).toBe(true);
    expect(await page.$$eval('#log span.failed', (spans) => spans.map((s) => s.textContent ?? '').filter((t) => t.includes('fake')))).toEqual([]);
    await page.close();
  });
});
