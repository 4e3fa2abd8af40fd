import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { VaultError, type SourcePosition } from '../core/errors.js';
import { UnsafeText } from '../core/unsafe-text.js';
import type { Diagnostics } from './diagnostics.js';
import { ansibleTags, UNSAFE_TAG, VAULT_TAG } from './yaml-tags.js';
import { isVaulted } from './vault/cipher.js';
import type { VaultKeyring } from './vault/keyring.js';

interface ContainerSpan {
  at: SourcePosition;
  keys?: Map<string, SourcePosition>;
  values?: Map<string, SourcePosition>;
  items?: SourcePosition[];
}

/**
 * Where each mapping and sequence of a loaded document, and each of their keys and values, was
 * written. Plain JS values stay plain; positions live beside them, keyed by the container object.
 */
export class PositionIndex {
  private readonly spans = new WeakMap<object, ContainerSpan>();

  record(container: object, span: ContainerSpan): void {
    this.spans.set(container, span);
  }

  /** Gives `copy`, a mapping rebuilt from `map`, the positions of `map`; `renamed` maps copy keys to the original ones. */
  recordCopy(map: object, copy: object, renamed: Readonly<Record<string, string>> = {}): void {
    const span = this.spans.get(map);
    if (!span) return;
    const rename = (positions?: Map<string, SourcePosition>) =>
      positions && new Map([...positions, ...Object.entries(renamed).flatMap(([to, from]) => (positions.has(from) ? [[to, positions.get(from)!] as const] : []))]);
    this.spans.set(copy, { ...span, keys: rename(span.keys), values: rename(span.values) });
  }

  /** Where a mapping or sequence starts. */
  of(container: object): SourcePosition | undefined {
    return this.spans.get(container)?.at;
  }

  /** Where a key of a mapping is written. */
  key(map: object, key: string): SourcePosition | undefined {
    return this.spans.get(map)?.keys?.get(key);
  }

  /** Where a value of a mapping (by key) or of a sequence (by index) is written. */
  value(container: object, keyOrIndex: string | number): SourcePosition | undefined {
    const span = this.spans.get(container);
    if (!span) return undefined;
    return typeof keyOrIndex === 'number' ? span.items?.[keyOrIndex] : span.values?.get(keyOrIndex);
  }
}

export interface YamlOptions {
  /**
   * How many nodes aliases may add in total (`*a` counts the size of what `&a` names). Guards
   * against "billion laughs" documents, whose few lines expand to billions of nodes.
   */
  maxAliasNodes?: number;
  /**
   * The largest YAML file read, in bytes. Parsing keeps every node with its position, so a huge
   * file (a generated or mistaken one) would take minutes and gigabytes; hand-written playbooks
   * and vars files are far below this.
   */
  maxFileBytes?: number;
  /**
   * The vault secrets that decrypt vaulted files and inline `!vault` values. Without them (or
   * with none), vaulted data fails to load as in Ansible.
   */
  vault?: VaultKeyring;
}

export const DEFAULT_MAX_ALIAS_NODES = 100_000;
export const DEFAULT_MAX_YAML_FILE_BYTES = 4 * 1024 * 1024;

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}

export interface LoadedYaml {
  value: unknown;
  positions: PositionIndex;
}

interface Converted {
  value: unknown;
  size: number;
}

/**
 * Reads one YAML document as Ansible does (YAML 1.1 as PyYAML reads it), keeping the position of
 * every node. Problems go to `diag`; returns undefined when the text is not usable YAML.
 */
export function readYaml(text: string, file: string, diag: Diagnostics, opts: YamlOptions = {}): LoadedYaml | undefined {
  if (isVaulted(text)) {
    const plaintext = decryptOrReport(text, { file, line: 1, col: 1 }, diag, opts.vault);
    return plaintext === undefined ? undefined : readYaml(plaintext, file, diag, opts);
  }
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_YAML_FILE_BYTES;
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes) {
    diag.error({ file, line: 1, col: 1 }, `the file is ${mebibytes(bytes)}, more than the ${mebibytes(maxBytes)} castoff reads from one YAML file`);
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.1',
    schema: 'yaml-1.1',
    customTags: ansibleTags,
    merge: true,
    uniqueKeys: false,
    lineCounter,
    prettyErrors: false,
  });
  const at = (offset: number): SourcePosition => ({ file, ...lineCounter.linePos(offset) });
  // Later syntax errors are mostly echoes of the first one, so only the first is shown.
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    diag.error(at(syntaxError.pos[0]), `YAML syntax error: ${firstLine(syntaxError.message)}`);
    return undefined;
  }
  const errorsBefore = diag.errors.length;
  for (const warning of doc.warnings) {
    const tag = /^Unresolved tag: (.*)$/.exec(firstLine(warning.message));
    if (tag) diag.error(at(warning.pos[0]), `unknown YAML tag '${tag[1]}'`);
    else diag.warn(at(warning.pos[0]), firstLine(warning.message));
  }
  const positions = new PositionIndex();
  const converter = new Converter(doc, at, diag, positions, opts.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES, opts.vault);
  const { value } = converter.convert(doc.contents, false);
  return diag.errors.length > errorsBefore ? undefined : { value, positions };
}

const NO_SECRETS = 'Attempting to decrypt but no vault secrets found';

/**
 * The plaintext of vaulted text, or undefined after reporting at `pos` why it cannot be had
 * (Ansible's messages; a decrypted value never appears in one).
 */
function decryptOrReport(text: string, pos: SourcePosition, diag: Diagnostics, vault: VaultKeyring | undefined): string | undefined {
  if (!vault || vault.empty) {
    diag.vaultError(pos, NO_SECRETS);
    return undefined;
  }
  try {
    return vault.decryptText(text);
  } catch (error) {
    if (!(error instanceof VaultError)) throw error;
    diag.vaultError(pos, error.message);
    return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

class Converter {
  private readonly anchored = new Map<Node, Converted>();
  private readonly inProgress = new Set<Node>();
  private aliasNodes = 0;
  private aliasLimitHit = false;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly at: (offset: number) => SourcePosition,
    private readonly diag: Diagnostics,
    private readonly positions: PositionIndex,
    private readonly maxAliasNodes: number,
    private readonly vault: VaultKeyring | undefined,
  ) {}

  convert(node: Node | null | undefined, unsafe: boolean): Converted {
    if (!node) return { value: null, size: 1 };
    if (isAlias(node)) return this.alias(node, node.source);
    if (node.tag === VAULT_TAG) return this.vaulted(node);
    const markUnsafe = unsafe || node.tag === UNSAFE_TAG;
    const anchor = 'anchor' in node && node.anchor;
    if (anchor) this.inProgress.add(node);
    const converted = isMap(node)
      ? this.map(node, markUnsafe)
      : isSeq(node)
        ? this.seq(node, markUnsafe)
        : this.scalar(node.value, markUnsafe);
    if (anchor) {
      this.inProgress.delete(node);
      this.anchored.set(node, converted);
    }
    return converted;
  }

  /**
   * An inline `!vault |` value, decrypted when the file is read (Ansible decrypts when the value is
   * first used, so there an unused value needs no secret).
   */
  private vaulted(node: Node): Converted {
    const text = isScalar(node) ? node.value : undefined;
    if (typeof text !== 'string' || !isVaulted(text)) {
      this.diag.error(this.start(node), "a '!vault' value must be the text of a vault envelope ($ANSIBLE_VAULT;...)");
      return { value: null, size: 1 };
    }
    return { value: decryptOrReport(text, this.start(node), this.diag, this.vault) ?? null, size: 1 };
  }

  private start(node: Node): SourcePosition {
    return this.at(node.range?.[0] ?? 0);
  }

  private scalar(value: unknown, unsafe: boolean): Converted {
    return { value: unsafe && typeof value === 'string' ? new UnsafeText(value) : value, size: 1 };
  }

  private alias(node: Alias, name: string): Converted {
    const target = node.resolve(this.doc);
    if (!target) {
      this.diag.error(this.start(node), `unknown alias '*${name}'`);
      return { value: null, size: 1 };
    }
    if (this.inProgress.has(target)) {
      this.diag.error(this.start(node), `alias '*${name}' is used inside its own anchor '&${name}'`);
      return { value: null, size: 1 };
    }
    const converted = this.anchored.get(target) ?? this.convert(target, false);
    this.aliasNodes += converted.size;
    if (this.aliasNodes > this.maxAliasNodes) {
      if (!this.aliasLimitHit) {
        this.diag.error(
          this.start(node),
          `aliases expand to more than ${this.maxAliasNodes} nodes at alias '*${name}'; refusing a possible "billion laughs" document`,
        );
      }
      this.aliasLimitHit = true;
      return { value: null, size: 1 };
    }
    return converted;
  }

  private seq(node: YAMLSeq, unsafe: boolean): Converted {
    const value: unknown[] = [];
    const items: SourcePosition[] = [];
    let size = 1;
    for (const item of node.items as Node[]) {
      const converted = this.convert(item, unsafe);
      value.push(converted.value);
      items.push(item ? this.start(item) : this.start(node));
      size += converted.size;
    }
    this.positions.record(value, { at: this.start(node), items });
    return { value, size };
  }

  private map(node: YAMLMap, unsafe: boolean): Converted {
    const value: Record<string, unknown> = {};
    const keys = new Map<string, SourcePosition>();
    const values = new Map<string, SourcePosition>();
    const merged: Record<string, unknown>[] = [];
    let size = 1;
    for (const pair of node.items as Pair<Node | null, Node | null>[]) {
      const keyNode = pair.key;
      const keyPos = keyNode ? this.start(keyNode) : this.start(node);
      if (keyNode && isScalar(keyNode) && typeof keyNode.value === 'symbol') {
        const source = this.convert(pair.value, unsafe);
        size += source.size;
        merged.push(...this.mergeSources(source.value, keyPos));
        continue;
      }
      const key = this.keyText(keyNode, keyPos);
      if (key === undefined) continue;
      const previous = keys.get(key);
      if (previous) this.diag.warn(keyPos, `duplicate key '${key}' (also at line ${previous.line}); the last one wins`);
      const converted = this.convert(pair.value, unsafe);
      size += converted.size;
      setOwn(value, key, converted.value);
      keys.set(key, keyPos);
      values.set(key, pair.value ? this.start(pair.value) : keyPos);
    }
    for (const source of merged) {
      for (const [key, mergedValue] of Object.entries(source)) {
        if (Object.prototype.hasOwnProperty.call(value, key)) continue;
        setOwn(value, key, mergedValue);
        const keyPos = this.positions.key(source, key);
        const valuePos = this.positions.value(source, key);
        if (keyPos) keys.set(key, keyPos);
        if (valuePos) values.set(key, valuePos);
      }
    }
    this.positions.record(value, { at: this.start(node), keys, values });
    return { value, size };
  }

  private keyText(keyNode: Node | null, pos: SourcePosition): string | undefined {
    if (keyNode === null) return 'null';
    const key = isAlias(keyNode) ? this.alias(keyNode, keyNode.source).value : isScalar(keyNode) ? keyNode.value : undefined;
    if (key !== null && typeof key === 'object') {
      this.diag.error(pos, 'a mapping key must be a plain value, not a mapping or a list');
      return undefined;
    }
    return String(key);
  }

  /** `<<: *a` and `<<: [*a, *b]`; earlier sources win over later ones, as YAML specifies. */
  private mergeSources(source: unknown, pos: SourcePosition): Record<string, unknown>[] {
    const sources = Array.isArray(source) ? source : [source];
    if (sources.every(isPlainMap)) return sources;
    this.diag.error(pos, "'<<' (merge key) needs a mapping or a list of mappings");
    return [];
  }
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof UnsafeText);
}

/** Assigns without ever touching the prototype, even for a key named `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
