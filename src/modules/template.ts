/**
 * `template`: a Jinja file on the controller rendered with the task's variables by castoff's engine
 * (host data stays data: a value from a host is never rendered again), then written to the host by
 * the copy module's write path, with its mode, owner, backup, validate, check mode and diff.
 */
import { stat } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { ModuleResult } from '../core/index.js';
import { TemplateError } from '../core/errors.js';
import { bool, objectOf, text } from '../source/schema-values.js';
import { renderTemplateText, templateFileError, withVars, type Vars } from '../template/index.js';
import { path } from './arg-specs.js';
import { textArg } from './args.js';
import { writeContent, writeOptions } from './copy-content.js';
import { hostModule } from './define.js';
import { localCandidates, notFoundSearchedMessage, REMOTE_SRC_HINT, searchDirsOf } from './local-files.js';
import { pythonDateTime, templateOptions, withNewlines } from './template-options.js';
import type { ActionContext } from './types.js';
import { readLocalFile } from './vaulted-file.js';

/** Ansible's default `ansible_managed` string. */
const ANSIBLE_MANAGED = 'Ansible managed';

/** The name of the file's owner; Node can only name the user it runs as, so others show as their uid. */
function ownerName(uid: number): string {
  const me = userInfo();
  return me.uid === uid ? me.username : String(uid);
}

/** The variables Ansible adds for a template about itself and the run. */
async function templateVars(src: string, fullpath: string, dest: string): Promise<Vars> {
  const info = await stat(fullpath, { bigint: true });
  const now = BigInt(Date.now()) * 1000n;
  return {
    template_host: hostname(),
    template_path: src,
    template_fullpath: fullpath,
    template_uid: ownerName(Number(info.uid)),
    template_mtime: pythonDateTime(info.mtimeNs / 1000n),
    template_destpath: dest,
    template_run_date: pythonDateTime(now),
    ansible_managed: ANSIBLE_MANAGED,
  };
}

/** Ansible's message, then the template file and line castoff adds (Ansible names neither). */
function renderFailure(err: TemplateError, file: string): ModuleResult {
  const prefix = /\bis undefined\b/.test(err.message) ? 'AnsibleUndefinedVariable' : 'AnsibleError';
  return { failed: true, changed: false, msg: `${prefix}: ${templateFileError(err, file).message}` };
}

async function findTemplate(ctx: ActionContext, src: string): Promise<string | undefined> {
  for (const candidate of localCandidates(searchDirsOf(ctx), src, 'templates')) {
    const found = await stat(candidate).catch(() => undefined);
    if (found?.isFile()) return resolve(candidate);
  }
  return undefined;
}

export const templateModule = hostModule({
  name: 'template',
  display: 'default',
  controllerOnly: false,
  supportsCheckMode: true,
  args: objectOf(
    {
      src: path,
      newline_sequence: text(),
      trim_blocks: bool,
      lstrip_blocks: bool,
      block_start_string: text(),
      block_end_string: text(),
      variable_start_string: text(),
      variable_end_string: text(),
      comment_start_string: text(),
      comment_end_string: text(),
      output_encoding: text(),
      ...writeOptions,
    },
    ['src', 'dest'],
  ),
  async run(ctx) {
    const src = textArg(ctx.args, 'src');
    const dest = textArg(ctx.args, 'dest');
    if (!src || !dest) return { failed: true, changed: false, msg: 'src and dest are required' };
    const options = templateOptions(ctx.args);
    if ('error' in options) return { failed: true, changed: false, msg: options.error };
    const fullpath = await findTemplate(ctx, src);
    if (!fullpath) {
      return { failed: true, changed: false, msg: `${notFoundSearchedMessage(src, localCandidates(searchDirsOf(ctx), src, 'templates'))}\n${REMOTE_SRC_HINT}` };
    }
    // A vaulted template is decrypted first, as Ansible's template action does.
    const data = await readLocalFile(fullpath, ctx.vault);
    if ('error' in data) return { failed: true, changed: false, msg: data.error };
    let rendered: string;
    try {
      const source = withNewlines(data.toString('utf8'), options.newline);
      rendered = String(renderTemplateText(source, withVars(ctx.vars, await templateVars(src, fullpath, dest)), options.whitespace));
    } catch (err) {
      if (err instanceof TemplateError) return renderFailure(err, fullpath);
      throw err;
    }
    const copyArgs = Object.fromEntries(Object.entries(ctx.args).filter(([name]) => name in writeOptions));
    return writeContent(ctx, Buffer.from(rendered, options.encoding), { ...copyArgs, src: fullpath, dest });
  },
});
