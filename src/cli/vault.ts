/**
 * `castoff vault view|decrypt|encrypt|encrypt_string`: ansible-vault's everyday commands with its
 * argument names, on castoff's own vault code, so files it writes open with ansible-vault and
 * the other way round.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ConfigError, isVaulted, loadSettings, VaultError } from '../index.js';
import { cliVaultKeyring, exitCodeForError } from './common.js';
import type { CommonOptions } from './options.js';
import { EXIT } from './exit-codes.js';


interface VaultCliOptions extends Pick<CommonOptions, 'vaultId' | 'vaultPasswordFile' | 'askVaultPass'> {
  encryptVaultId?: string;
  output?: string;
  name?: string[];
  stdinName?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function withSecretOptions(cmd: Command): Command {
  return cmd
    .option('--vault-id <label@source>', 'a vault password: label@file, label@script or label@prompt; repeatable', collect)
    .option('--vault-password-file <file>', 'vault password file, or a script printing it; repeatable', collect)
    .option('-J, --ask-vault-pass', 'ask for the vault password')
    .exitOverride();
}

/** `-` or no file at all means standard input, as for ansible-vault. */
function readInput(file: string): Buffer {
  return readFileSync(file === '-' ? 0 : file);
}

function writeOutput(target: string, data: string | Buffer): void {
  if (target === '-') process.stdout.write(data);
  else writeFileSync(target, data);
}

async function keyringFor(opts: VaultCliOptions) {
  const keyring = await cliVaultKeyring({ vaultId: opts.vaultId, vaultPasswordFile: opts.vaultPasswordFile, askVaultPass: opts.askVaultPass } as CommonOptions, loadSettings());
  if (keyring === undefined || keyring.empty) throw new ConfigError('A vault password is required to use Ansible\'s Vault (--vault-id, --vault-password-file or --ask-vault-pass)');
  return keyring;
}

function decryptFile(file: string, keyring: Awaited<ReturnType<typeof keyringFor>>): Buffer {
  const text = readInput(file).toString('utf8');
  if (!isVaulted(text)) throw new VaultError(`input is not vault encrypted data. ${file} is not a vault encrypted file for ${file}`);
  try {
    return keyring.decrypt(text, file);
  } catch (error) {
    // ansible-vault names the file once more at the end.
    throw error instanceof VaultError ? new VaultError(`${error.message} for ${file}`) : error;
  }
}

async function encrypt(files: string[], opts: VaultCliOptions): Promise<void> {
  const keyring = await keyringFor(opts);
  const inputs = files.length === 0 ? ['-'] : files;
  if (opts.output !== undefined && inputs.length > 1) throw new ConfigError('At most one input file may be used with the --output option');
  for (const file of inputs) {
    const data = readInput(file);
    if (isVaulted(data.toString('utf8'))) throw new VaultError('input is already encrypted');
    writeOutput(opts.output ?? (file === '-' ? '-' : file), `${keyring.encrypt(data, opts.encryptVaultId)}\n`);
  }
  process.stderr.write('Encryption successful\n');
}

async function decrypt(files: string[], opts: VaultCliOptions): Promise<void> {
  const keyring = await keyringFor(opts);
  const inputs = files.length === 0 ? ['-'] : files;
  if (opts.output !== undefined && inputs.length > 1) throw new ConfigError('At most one input file may be used with the --output option');
  for (const file of inputs) writeOutput(opts.output ?? (file === '-' ? '-' : file), decryptFile(file, keyring));
  process.stderr.write('Decryption successful\n');
}

async function view(files: string[], opts: VaultCliOptions): Promise<void> {
  const keyring = await keyringFor(opts);
  for (const file of files) process.stdout.write(decryptFile(file, keyring));
}

/** `name: !vault |` and the envelope indented by 10, as ansible-vault prints it. */
function vaultBlock(envelope: string, name: string | undefined): string {
  const body = envelope.split('\n').map((line) => `          ${line}`).join('\n');
  return `${name === undefined ? '' : `${name}: `}!vault |\n${body}\n`;
}

async function encryptString(strings: string[], opts: VaultCliOptions): Promise<void> {
  const keyring = await keyringFor(opts);
  const values = strings.length > 0 ? strings : [readFileSync(0, 'utf8')];
  const names = opts.name ?? (strings.length === 0 && opts.stdinName !== undefined ? [opts.stdinName] : []);
  values.forEach((value, i) => {
    if (value === '') throw new VaultError('The plaintext provided from the command line args was empty, not encrypting');
    process.stdout.write(vaultBlock(keyring.encrypt(value, opts.encryptVaultId), names[i]));
  });
  process.stderr.write('Encryption successful\n');
}

function program(): Command {
  const root = new Command('castoff vault').description("Ansible Vault files and strings, as ansible-vault handles them").exitOverride();
  const add = (name: string, description: string, action: (args: string[], opts: VaultCliOptions) => Promise<void>, extra: (cmd: Command) => Command = (c) => c) =>
    extra(withSecretOptions(root.command(name).description(description).argument('[files...]', 'files (standard input when none or -)')))
      .action(async (args: string[], opts: VaultCliOptions) => action(args, opts));
  const output = (cmd: Command) => cmd.option('--output <file>', "output file name for encrypt or decrypt; use - for stdout");
  const encryptId = (cmd: Command) => cmd.option('--encrypt-vault-id <id>', 'the vault id used to encrypt (required if more than one vault-id is provided)');
  add('encrypt', 'encrypt files in place (or to --output)', encrypt, (cmd) => encryptId(output(cmd)));
  add('decrypt', 'decrypt files in place (or to --output)', decrypt, output);
  add('view', 'print the decrypted content', view);
  add('encrypt_string', 'encrypt strings for use in YAML as !vault values', encryptString, (cmd) =>
    encryptId(cmd)
      .option('-n, --name <name>', 'the variable name of the next string; repeatable', collect)
      .option('--stdin-name <name>', 'the variable name of the string read from standard input'));
  return root;
}

/** Runs `castoff vault ...` (argv as process.argv); the exit code. */
export async function runVaultCommand(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv.slice(3), { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.error;
    return exitCodeForError(err, 0);
  }
}
