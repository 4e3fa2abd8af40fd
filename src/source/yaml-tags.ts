import type { CollectionTag, ScalarTag, Tags } from 'yaml';

/**
 * Scalar resolution as PyYAML (and so Ansible) does it for YAML 1.1. The `yaml` package's own 1.1
 * schema is close but not equal: it reads `y`/`n` as booleans, `08` as 8 and `1e3` as a float,
 * where PyYAML keeps all three as strings, and it turns dates into Date objects.
 */

const INT_TAG = 'tag:yaml.org,2002:int';
const FLOAT_TAG = 'tag:yaml.org,2002:float';
const BOOL_TAG = 'tag:yaml.org,2002:bool';
const REPLACED_TAGS = new Set([INT_TAG, FLOAT_TAG, BOOL_TAG, 'tag:yaml.org,2002:timestamp']);

const trueTag: ScalarTag = {
  tag: BOOL_TAG,
  default: true,
  identify: (value) => value === true,
  test: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/,
  resolve: () => true,
};

const falseTag: ScalarTag = {
  tag: BOOL_TAG,
  default: true,
  identify: (value) => value === false,
  test: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/,
  resolve: () => false,
};

/** `1:30` is 90 in YAML 1.1 (base 60), for ints and floats alike. */
function sexagesimal(digits: string): number {
  return digits.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function withSign(text: string, read: (unsigned: string) => number): number {
  const negative = text.startsWith('-');
  const unsigned = text.replace(/^[-+]/, '').replace(/_/g, '');
  const value = read(unsigned);
  return negative ? -value : value;
}

const intTag: ScalarTag = {
  tag: INT_TAG,
  default: true,
  identify: (value) => typeof value === 'number' && Number.isInteger(value),
  test: /^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  resolve: (text) =>
    withSign(text, (unsigned) => {
      if (unsigned.startsWith('0b')) return parseInt(unsigned.slice(2), 2);
      if (unsigned.startsWith('0x')) return parseInt(unsigned.slice(2), 16);
      if (unsigned.includes(':')) return sexagesimal(unsigned);
      if (unsigned.length > 1 && unsigned.startsWith('0')) return parseInt(unsigned, 8);
      return parseInt(unsigned, 10);
    }),
};

const floatTag: ScalarTag = {
  tag: FLOAT_TAG,
  default: true,
  identify: (value) => typeof value === 'number',
  test: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  resolve: (text) => {
    if (/nan$/i.test(text)) return NaN;
    return withSign(text, (unsigned) => {
      if (/^\.inf$/i.test(unsigned)) return Infinity;
      if (unsigned.includes(':')) return sexagesimal(unsigned);
      return Number(unsigned);
    });
  },
};

/** Local tags Ansible defines. Their meaning is applied when nodes are converted (see yaml.ts). */
export const UNSAFE_TAG = '!unsafe';
export const VAULT_TAG = '!vault';

function localTags(tag: string): Array<ScalarTag | CollectionTag> {
  return [
    { tag, identify: () => false, resolve: (text: string) => text },
    { tag, collection: 'map', identify: () => false, resolve: (map) => map },
    { tag, collection: 'seq', identify: () => false, resolve: (seq) => seq },
  ];
}

/** Replaces the yaml package's 1.1 scalar tags with PyYAML's and adds Ansible's local tags. */
export function ansibleTags(schemaTags: Tags): Tags {
  return [
    ...schemaTags.filter((tag) => typeof tag === 'string' || !REPLACED_TAGS.has(tag.tag)),
    trueTag,
    falseTag,
    intTag,
    floatTag,
    ...localTags(UNSAFE_TAG),
    ...localTags(VAULT_TAG),
  ];
}
