import { describe, expect, it } from 'vitest';
import { chooseInterpreter, discoveryModeOf, discoveryWarning, parseProbe, probeCommand, PYTHON_CANDIDATES } from '../../../src/target/index.js';
import { distroPython } from '../../../src/target/interpreter-choice.js';

const DEBIAN_12 = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';

function probeOutput(found: string[], osRelease = DEBIAN_12, platform = 'Linux'): string {
  return ['PLATFORM', platform, 'FOUND', ...found, 'ENDFOUND', 'OSRELEASE', osRelease].join('\n');
}

describe('interpreter discovery: the probe', () => {
  it('looks for every candidate in order, one command -v each, and reads os-release', () => {
    const command = probeCommand();
    expect(PYTHON_CANDIDATES.slice(0, 1)).toEqual(['python3.11']);
    expect(PYTHON_CANDIDATES.indexOf('/usr/bin/python3')).toBeLessThan(PYTHON_CANDIDATES.indexOf('python'));
    for (const name of PYTHON_CANDIDATES) expect(command).toContain(`command -v '${name}'`);
    expect(command).toContain('/etc/os-release');
  });

  it('parses platform, absolute paths only, and the distribution (quotes removed), after a shell banner', () => {
    const probe = parseProbe(`welcome\n${probeOutput(['/usr/bin/python3.11', 'python', 'alias python=x', '/usr/bin/python3'])}`);
    expect(probe).toEqual({ platform: 'linux', found: ['/usr/bin/python3.11', '/usr/bin/python3'], distro: { id: 'debian', version: '12' } });
  });

  it('takes junk for no probe at all, and a host without os-release for no distribution', () => {
    expect(parseProbe('sh: 1: syntax error')).toBeUndefined();
    expect(parseProbe(['PLATFORM', 'FreeBSD', 'FOUND', '/usr/local/bin/python3.9', 'ENDFOUND', 'OSRELEASE'].join('\n'))).toEqual({
      platform: 'freebsd',
      found: ['/usr/local/bin/python3.9'],
    });
  });
});

describe('interpreter discovery: the distribution table', () => {
  it('maps versions to the newest entry not newer than them, and families to their table', () => {
    expect(distroPython({ id: 'debian', version: '12' })).toBe('/usr/bin/python3');
    expect(distroPython({ id: 'debian', version: '9' })).toBe('/usr/bin/python');
    expect(distroPython({ id: 'debian', version: '7' })).toBe('/usr/bin/python');
    expect(distroPython({ id: 'ubuntu', version: '22.04' })).toBe('/usr/bin/python3');
    expect(distroPython({ id: 'rocky', version: '8.9' })).toBe('/usr/libexec/platform-python');
    expect(distroPython({ id: 'linux mint', version: '21' })).toBe('/usr/bin/python3');
    expect(distroPython({ id: 'alpine', version: '3.19' })).toBeUndefined();
  });
});

describe('interpreter discovery: the choice', () => {
  const found = ['/usr/bin/python3.11', '/usr/bin/python3'];

  it('gives Debian its /usr/bin/python3 with no warning, though python3.11 comes first in the list', () => {
    expect(chooseInterpreter(parseProbe(probeOutput(found)), 'auto')).toEqual({ python: '/usr/bin/python3', notes: [] });
  });

  it('warns, as Ansible 2.14, when the distribution Python is missing and another is used', () => {
    const choice = chooseInterpreter(parseProbe(probeOutput(['/opt/py/bin/python3.11'])), 'auto');
    expect(choice.python).toBe('/opt/py/bin/python3.11');
    expect(choice.notes.map((note) => discoveryWarning(note, 'web1'))).toEqual([
      'Distribution debian 12 on host web1 should use /usr/bin/python3, but is using /opt/py/bin/python3.11, since the discovered platform python interpreter was not present. ' +
        'See https://docs.ansible.com/ansible-core/2.14/reference_appendices/interpreter_discovery.html for more information.',
    ]);
    expect(chooseInterpreter(parseProbe(probeOutput(['/opt/py/bin/python3.11'])), 'auto_silent')).toEqual({ python: '/opt/py/bin/python3.11', notes: [] });
  });

  it('falls back to the first Python found, with the platform warning, on a distribution the table does not know', () => {
    const alpine = 'ID=alpine\nVERSION_ID=3.19.1\n';
    const choice = chooseInterpreter(parseProbe(probeOutput(['/usr/bin/python3.11', '/usr/bin/python3'], alpine)), 'auto');
    expect(choice.python).toBe('/usr/bin/python3.11');
    expect(choice.notes.map((note) => discoveryWarning(note, 'h'))).toEqual([
      'Platform linux on host h is using the discovered Python interpreter at /usr/bin/python3.11, but future installation of another Python interpreter could change the meaning of that path. ' +
        'See https://docs.ansible.com/ansible-core/2.14/reference_appendices/interpreter_discovery.html for more information.',
    ]);
    expect(chooseInterpreter(parseProbe(probeOutput(['/usr/local/bin/python3.9'], '', 'FreeBSD')), 'auto_legacy_silent')).toEqual({ python: '/usr/local/bin/python3.9', notes: [] });
  });

  it('auto_legacy prefers /usr/bin/python where it exists, with its own warning', () => {
    const choice = chooseInterpreter(parseProbe(probeOutput(['/usr/bin/python3', '/usr/bin/python'])), 'auto_legacy');
    expect(choice.python).toBe('/usr/bin/python');
    expect(discoveryWarning(choice.notes[0], 'h')).toBe(
      'Distribution debian 12 on host h should use /usr/bin/python3, but is using /usr/bin/python for backward compatibility with prior Ansible releases. ' +
        'See https://docs.ansible.com/ansible-core/2.14/reference_appendices/interpreter_discovery.html for more information',
    );
    expect(chooseInterpreter(parseProbe(probeOutput(['/usr/bin/python3'])), 'auto_legacy')).toEqual({ python: '/usr/bin/python3', notes: [] });
  });

  it('with no Python at all answers /usr/bin/python and says what it tried', () => {
    const choice = chooseInterpreter(parseProbe(probeOutput([])), 'auto');
    expect(choice.python).toBe('/usr/bin/python');
    expect(discoveryWarning(choice.notes[0], 'bare')).toBe(`No python interpreters found for host bare (tried ['python3.11', 'python3.10', 'python3.9', 'python3.8', 'python3.7', 'python3.6', 'python3.5', '/usr/bin/python3', '/usr/libexec/platform-python', 'python2.7', '/usr/bin/python', 'python'])`);
    expect(chooseInterpreter(parseProbe(probeOutput([])), 'auto_silent').notes).toEqual([]);
  });

  it('knows the discovery modes from literal interpreters', () => {
    expect(['auto', 'auto_silent', 'auto_legacy', 'auto_legacy_silent'].map(discoveryModeOf)).toEqual(['auto', 'auto_silent', 'auto_legacy', 'auto_legacy_silent']);
    expect(discoveryModeOf('/usr/bin/python3')).toBeUndefined();
    expect(discoveryModeOf('python3')).toBeUndefined();
  });
});
