#!/usr/bin/env python3
"""castoff's setup module: a core subset of the facts Ansible's `setup` gathers, under the same
names and with the same shapes, read from /proc, /sys, /etc and the Python runtime (no commands
are run). castoff uses it when no Ansible installation is found on the controller.

Arguments: `gather_subset` (list or comma-separated text of `all`, `min`, `network`, `hardware`,
`virtual`, a collector name, each optionally negated with `!`), `filter` (fnmatch patterns of fact
names), `gather_timeout` (seconds; accepted as in Ansible, nothing here waits on the host),
`fact_path` (directory of local `*.fact` files, default /etc/ansible/facts.d)."""

import datetime
import fcntl
import fnmatch
import getpass
import json
import os
import platform
import pwd
import socket
import struct
import subprocess
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _castoff_common import exit_json, fail_json, load_args  # noqa: E402

# `/etc/os-release` IDs to the names Ansible reports, and names to their family.
DISTRIBUTION_NAMES = {
    'debian': 'Debian', 'ubuntu': 'Ubuntu', 'raspbian': 'Debian', 'linuxmint': 'Linux Mint', 'kali': 'Kali',
    'pop': 'Pop!_OS', 'devuan': 'Devuan', 'centos': 'CentOS', 'rhel': 'RedHat', 'fedora': 'Fedora',
    'rocky': 'Rocky', 'almalinux': 'AlmaLinux', 'ol': 'OracleLinux', 'amzn': 'Amazon', 'alpine': 'Alpine',
    'arch': 'Archlinux', 'archarm': 'Archlinux', 'manjaro': 'Archlinux', 'gentoo': 'Gentoo',
    'opensuse-leap': 'openSUSE Leap', 'opensuse-tumbleweed': 'openSUSE Tumbleweed', 'sles': 'SLES',
    'void': 'Void', 'nixos': 'NixOS', 'clear-linux-os': 'ClearLinux',
}
FAMILIES = {
    'Debian': ('Debian', 'Ubuntu', 'Linux Mint', 'Kali', 'Pop!_OS', 'Devuan'),
    'RedHat': ('RedHat', 'CentOS', 'Fedora', 'Rocky', 'AlmaLinux', 'OracleLinux', 'Amazon'),
    'Suse': ('openSUSE Leap', 'openSUSE Tumbleweed', 'SLES'),
    'Archlinux': ('Archlinux',),
    'Alpine': ('Alpine',),
    'Gentoo': ('Gentoo',),
}
LIKE_FAMILIES = (('debian', 'Debian'), ('ubuntu', 'Debian'), ('rhel', 'RedHat'), ('fedora', 'RedHat'),
                 ('centos', 'RedHat'), ('suse', 'Suse'), ('arch', 'Archlinux'))
# Package managers by family, most specific first; any other host takes the first one found.
PKG_MANAGERS = (('apt', 'apt-get'), ('dnf', 'dnf'), ('yum', 'yum'), ('zypper', 'zypper'), ('apk', 'apk'),
                ('pacman', 'pacman'), ('portage', 'emerge'), ('xbps', 'xbps-install'), ('pkgng', 'pkg'))
SUBSETS = ('all', 'min', 'network', 'hardware', 'virtual', 'ohai', 'facter')
SIOCGIFADDR, SIOCGIFBRDADDR, SIOCGIFNETMASK, SIOCGIFFLAGS = 0x8915, 0x8919, 0x891b, 0x8913
IFF_UP, IFF_PROMISC = 0x1, 0x100
ARP_TYPES = {1: 'ether', 772: 'loopback', 776: 'tunnel6', 768: 'tunnel', 65534: 'unknown', 32: 'infiniband'}


def read_text(path, default=None):
    try:
        with open(path, 'r', errors='replace') as handle:
            return handle.read()
    except OSError:
        return default


def key_values(text):
    """`KEY=value` lines (os-release), quotes removed."""
    values = {}
    for line in (text or '').splitlines():
        key, sep, value = line.partition('=')
        if sep and key.strip() and not key.startswith('#'):
            values[key.strip()] = value.strip().strip('"\'')
    return values


# ---- min -------------------------------------------------------------------------------------

def platform_facts():
    fqdn = socket.getfqdn()
    hostname = platform.node().split('.')[0]
    machine = platform.machine()
    return {
        'system': platform.system(),
        'kernel': platform.release(),
        'kernel_version': platform.version(),
        'machine': machine,
        'architecture': 'i386' if machine in ('i486', 'i586', 'i686') else machine,
        'nodename': platform.node(),
        'hostname': hostname,
        'fqdn': fqdn,
        'domain': fqdn.split('.', 1)[1] if '.' in fqdn else '',
        'python_version': platform.python_version(),
        'userspace_bits': '64' if sys.maxsize > 2 ** 32 else '32',
        'userspace_architecture': 'i386' if machine in ('i486', 'i586', 'i686') else machine,
    }


def kernel_facts():
    """The kernel command line (`cmdline`: last value wins; `proc_cmdline`: repeats as a list), FIPS and AppArmor."""
    cmdline, proc_cmdline = {}, {}
    for word in (read_text('/proc/cmdline') or '').split():
        key, sep, value = word.partition('=')
        value = value if sep else True
        cmdline[key] = value
        if key in proc_cmdline:
            previous = proc_cmdline[key]
            proc_cmdline[key] = (previous if isinstance(previous, list) else [previous]) + [value]
        else:
            proc_cmdline[key] = value
    return {
        'cmdline': cmdline,
        'proc_cmdline': proc_cmdline,
        'fips': (read_text('/proc/sys/crypto/fips_enabled') or '0').strip() == '1',
        'apparmor': {'status': 'enabled' if os.path.exists('/sys/kernel/security/apparmor') else 'disabled'},
    }


def distribution_facts():
    release = key_values(read_text('/etc/os-release') or read_text('/usr/lib/os-release'))
    ident = release.get('ID', '').lower()
    name = DISTRIBUTION_NAMES.get(ident) or release.get('NAME') or platform.system()
    version = release.get('VERSION_ID', '')
    facts = {
        'distribution': name,
        'distribution_version': version,
        'distribution_major_version': version.split('.')[0] if version else '',
        'distribution_release': release.get('VERSION_CODENAME') or release.get('UBUNTU_CODENAME') or '',
    }
    if name == 'Debian':
        # Debian's point release is only in /etc/debian_version (`12.5`).
        point = (read_text('/etc/debian_version') or '').strip().split('.')
        if len(point) > 1 and point[0] == version:
            facts['distribution_minor_version'] = point[1]
    elif '.' in version:
        facts['distribution_minor_version'] = version.split('.')[1]
    facts['os_family'] = family_of(name, release.get('ID_LIKE', ''))
    return facts


def family_of(name, like):
    for family, members in FAMILIES.items():
        if name in members:
            return family
    for word in like.split():
        for hint, family in LIKE_FAMILIES:
            if word == hint:
                return family
    return name


def python_facts():
    info = sys.version_info
    return {'python': {
        'version': {'major': info[0], 'minor': info[1], 'micro': info[2], 'releaselevel': info[3], 'serial': info[4]},
        'version_info': list(info),
        'executable': sys.executable,
        'has_sslcontext': ssl_context_available(),
        'type': platform.python_implementation().lower(),
    }}


def ssl_context_available():
    try:
        import ssl
        return hasattr(ssl, 'SSLContext')
    except ImportError:
        return False


def user_facts():
    name = getpass.getuser()
    facts = {
        'user_id': name,
        'real_user_id': os.getuid(), 'effective_user_id': os.geteuid(),
        'real_group_id': os.getgid(), 'effective_group_id': os.getegid(),
    }
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        return facts
    facts.update({'user_uid': entry.pw_uid, 'user_gid': entry.pw_gid, 'user_gecos': entry.pw_gecos,
                  'user_dir': entry.pw_dir, 'user_shell': entry.pw_shell})
    return facts


def date_time_facts():
    now = time.time()
    local = datetime.datetime.fromtimestamp(now)
    utc = datetime.datetime.fromtimestamp(now, datetime.timezone.utc)
    epoch = str(int(now))
    return {'date_time': {
        'year': local.strftime('%Y'), 'month': local.strftime('%m'), 'weekday': local.strftime('%A'),
        'weekday_number': local.strftime('%w'), 'weeknumber': local.strftime('%W'), 'day': local.strftime('%d'),
        'hour': local.strftime('%H'), 'minute': local.strftime('%M'), 'second': local.strftime('%S'),
        'epoch': epoch, 'epoch_int': epoch, 'date': local.strftime('%Y-%m-%d'), 'time': local.strftime('%H:%M:%S'),
        'iso8601_micro': utc.strftime('%Y-%m-%dT%H:%M:%S.%fZ'), 'iso8601': utc.strftime('%Y-%m-%dT%H:%M:%SZ'),
        'iso8601_basic': local.strftime('%Y%m%dT%H%M%S%f'), 'iso8601_basic_short': local.strftime('%Y%m%dT%H%M%S'),
        'tz': time.strftime('%Z', time.localtime(now)), 'tz_dst': time.tzname[1],
        'tz_offset': time.strftime('%z', time.localtime(now)),
    }}


def env_facts():
    return {'env': dict(os.environ)}


def on_path(name):
    for directory in os.environ.get('PATH', '/usr/sbin:/usr/bin:/sbin:/bin').split(os.pathsep) + ['/usr/sbin', '/sbin']:
        if directory and os.access(os.path.join(directory, name), os.X_OK):
            return True
    return False


def pkg_mgr_facts(os_family):
    """The first package manager found, the family's own first."""
    preferred = {'Debian': 'apt', 'RedHat': 'dnf', 'Suse': 'zypper', 'Alpine': 'apk', 'Archlinux': 'pacman', 'Gentoo': 'portage'}
    order = sorted(PKG_MANAGERS, key=lambda entry: entry[0] != preferred.get(os_family))
    if os_family == 'RedHat' and not on_path('dnf'):
        order = sorted(order, key=lambda entry: entry[0] != 'yum')
    for name, binary in order:
        if on_path(binary):
            return {'pkg_mgr': name}
    return {'pkg_mgr': 'unknown'}


def service_mgr_facts():
    comm = (read_text('/proc/1/comm') or '').strip()
    # `init` says nothing, and a shell as PID 1 is a container's entrypoint.
    if comm and comm != 'init' and not comm.endswith('sh'):
        return {'service_mgr': 'systemd' if comm == 'systemd' else comm}
    if os.path.isdir('/run/systemd/system'):
        return {'service_mgr': 'systemd'}
    if os.path.exists('/sbin/openrc'):
        return {'service_mgr': 'openrc'}
    if os.path.isdir('/etc/init.d'):
        return {'service_mgr': 'sysvinit'}
    return {'service_mgr': 'service'}


def dns_facts():
    dns = {}
    for line in (read_text('/etc/resolv.conf') or '').splitlines():
        words = line.split('#', 1)[0].split()
        if len(words) < 2:
            continue
        if words[0] == 'nameserver':
            dns.setdefault('nameservers', []).append(words[1])
        elif words[0] == 'domain':
            dns['domain'] = words[1]
        elif words[0] == 'search':
            dns['search'] = words[1:]
        elif words[0] == 'options':
            for option in words[1:]:
                key, _, value = option.partition(':')
                dns.setdefault('options', {})[key] = value or True
    return {'dns': dns}


def ssh_host_key_facts():
    facts = {}
    for kind in ('dsa', 'rsa', 'ecdsa', 'ed25519'):
        words = (read_text('/etc/ssh/ssh_host_%s_key.pub' % kind) or '').split()
        if len(words) >= 2:
            facts['ssh_host_key_%s_public' % kind] = words[1]
            facts['ssh_host_key_%s_public_keytype' % kind] = words[0]
    return facts


def local_facts(fact_path):
    """`*.fact` files: JSON, or an executable printing JSON; a file that fails is reported in its place."""
    local = {}
    if not fact_path or not os.path.isdir(fact_path):
        return {'local': local}
    for name in sorted(os.listdir(fact_path)):
        if not name.endswith('.fact'):
            continue
        path = os.path.join(fact_path, name)
        try:
            if os.access(path, os.X_OK):
                text = subprocess.check_output([path], stderr=subprocess.DEVNULL, timeout=30).decode('utf-8', 'replace')
            else:
                text = read_text(path, '')
            local[name[:-5]] = json.loads(text)
        except (OSError, ValueError, subprocess.SubprocessError) as error:
            local[name[:-5]] = 'error loading fact - output of running "%s" was not utf-8 JSON: %s' % (path, error)
    return {'local': local}


# ---- network ---------------------------------------------------------------------------------

def ioctl_address(sock, request, name):
    try:
        packed = fcntl.ioctl(sock.fileno(), request, struct.pack('256s', name.encode()[:15]))
        return socket.inet_ntoa(packed[20:24])
    except OSError:
        return None


def interface_flags(sock, name):
    try:
        packed = fcntl.ioctl(sock.fileno(), SIOCGIFFLAGS, struct.pack('256s', name.encode()[:15]))
        return struct.unpack('H', packed[16:18])[0]
    except OSError:
        return 0


def prefix_of(netmask):
    return bin(struct.unpack('!I', socket.inet_aton(netmask))[0]).count('1')


def network_of(address, netmask):
    value = struct.unpack('!I', socket.inet_aton(address))[0] & struct.unpack('!I', socket.inet_aton(netmask))[0]
    return socket.inet_ntoa(struct.pack('!I', value))


def ipv6_addresses():
    """Per interface: {address, prefix, scope} from /proc/net/if_inet6."""
    found = {}
    scopes = {'00': 'global', '20': 'link', '10': 'host', '40': 'site'}
    for line in (read_text('/proc/net/if_inet6') or '').splitlines():
        words = line.split()
        if len(words) < 6:
            continue
        raw = words[0]
        address = socket.inet_ntop(socket.AF_INET6, bytes.fromhex(raw))
        found.setdefault(words[5], []).append({'address': address, 'prefix': str(int(words[2], 16)), 'scope': scopes.get(words[3], words[3])})
    return found


def interface_facts(sock, name, inet6):
    base = '/sys/class/net/%s/' % name
    flags = interface_flags(sock, name)
    arp_type = (read_text(base + 'type') or '').strip()
    facts = {
        'device': name,
        'mtu': int((read_text(base + 'mtu') or '0').strip() or 0),
        'active': bool(flags & IFF_UP),
        'type': ARP_TYPES.get(int(arp_type), 'unknown') if arp_type.isdigit() else 'unknown',
        'promisc': bool(flags & IFF_PROMISC),
    }
    mac = (read_text(base + 'address') or '').strip()
    if mac and facts['type'] != 'loopback':
        facts['macaddress'] = mac
    address = ioctl_address(sock, SIOCGIFADDR, name)
    if address:
        netmask = ioctl_address(sock, SIOCGIFNETMASK, name) or '255.255.255.255'
        broadcast = ioctl_address(sock, SIOCGIFBRDADDR, name) if facts['type'] != 'loopback' else ''
        facts['ipv4'] = {'address': address, 'broadcast': broadcast or '', 'netmask': netmask,
                         'network': network_of(address, netmask), 'prefix': str(prefix_of(netmask))}
    if inet6.get(name):
        facts['ipv6'] = inet6[name]
    return facts


def default_route_v4():
    """(interface, gateway) of the IPv4 default route, from /proc/net/route."""
    for line in (read_text('/proc/net/route') or '').splitlines()[1:]:
        words = line.split()
        if len(words) >= 8 and words[1] == '00000000' and words[7] == '00000000':
            return words[0], socket.inet_ntoa(struct.pack('<I', int(words[2], 16)))
    return None, None


def default_route_v6():
    for line in (read_text('/proc/net/ipv6_route') or '').splitlines():
        words = line.split()
        if len(words) >= 10 and words[0] == '0' * 32 and words[1] == '00' and words[9] != 'lo':
            gateway = socket.inet_ntop(socket.AF_INET6, bytes.fromhex(words[4]))
            return words[9], gateway
    return None, None


def default_facts(interface, gateway, details, family):
    if not interface or interface not in details:
        return {}
    nic = details[interface]
    common = {'interface': interface, 'alias': interface, 'mtu': nic['mtu'], 'type': nic['type']}
    if 'macaddress' in nic:
        common['macaddress'] = nic['macaddress']
    if family == 'ipv4':
        if 'ipv4' not in nic:
            return {}
        return dict(common, gateway=gateway, **nic['ipv4'])
    addresses = [a for a in nic.get('ipv6', []) if a['scope'] == 'global']
    if not addresses:
        return {}
    return dict(common, gateway=gateway, **addresses[0])


def network_facts():
    # Sorted by name: Ansible's setup lists them as it reads them, and two of its runs on one
    # container gave two orders; sorted, the list stays the same from run to run.
    names = sorted(os.listdir('/sys/class/net') if os.path.isdir('/sys/class/net') else [name for _, name in socket.if_nameindex()])
    inet6 = ipv6_addresses()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        details = {name: interface_facts(sock, name, inet6) for name in names}
    finally:
        sock.close()
    facts = {'interfaces': names}
    for name, nic in details.items():
        facts[name.replace('-', '_').replace(':', '_')] = nic
    facts['all_ipv4_addresses'] = [n['ipv4']['address'] for n in details.values() if 'ipv4' in n and n['type'] != 'loopback']
    facts['all_ipv6_addresses'] = [a['address'] for n in details.values() if n['type'] != 'loopback' for a in n.get('ipv6', [])]
    facts['default_ipv4'] = default_facts(*default_route_v4(), details=details, family='ipv4')
    facts['default_ipv6'] = default_facts(*default_route_v6(), details=details, family='ipv6')
    return facts


# ---- hardware --------------------------------------------------------------------------------

def memory_facts():
    values = {}
    for line in (read_text('/proc/meminfo') or '').splitlines():
        key, _, rest = line.partition(':')
        words = rest.split()
        if words and words[0].isdigit():
            values[key] = int(words[0]) // 1024
    if 'MemTotal' not in values:
        return {}
    total, free = values['MemTotal'], values.get('MemFree', 0)
    nocache_free = free + values.get('Buffers', 0) + values.get('Cached', 0)
    swap_total, swap_free = values.get('SwapTotal', 0), values.get('SwapFree', 0)
    return {
        'memtotal_mb': total, 'memfree_mb': free, 'swaptotal_mb': swap_total, 'swapfree_mb': swap_free,
        'memory_mb': {
            'real': {'total': total, 'used': total - free, 'free': free},
            'nocache': {'free': nocache_free, 'used': total - nocache_free},
            'swap': {'total': swap_total, 'free': swap_free, 'used': swap_total - swap_free, 'cached': values.get('SwapCached', 0)},
        },
    }


def processor_facts():
    processors, sockets, cores_per_socket, siblings = [], set(), 0, 0
    entry = {}
    for line in (read_text('/proc/cpuinfo') or '').splitlines() + ['']:
        key, sep, value = line.partition(':')
        if sep:
            entry[key.strip()] = value.strip()
            continue
        if 'processor' in entry:
            processors.append(entry)
            sockets.add(entry.get('physical id', '0'))
            cores_per_socket = max(cores_per_socket, int(entry.get('cpu cores', '1') or 1))
            siblings = max(siblings, int(entry.get('siblings', '1') or 1))
        entry = {}
    if not processors:
        return {}
    listing = []
    for entry in processors:
        listing += [entry['processor'], entry.get('vendor_id', ''), entry.get('model name', entry.get('Processor', ''))]
    count = len(sockets) or 1
    try:
        nproc = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        nproc = len(processors)
    return {
        'processor': listing,
        'processor_count': count,
        'processor_cores': cores_per_socket,
        'processor_threads_per_core': max(1, siblings // cores_per_socket) if cores_per_socket else 1,
        'processor_vcpus': len(processors),
        'processor_nproc': nproc,
    }


def uptime_facts():
    words = (read_text('/proc/uptime') or '').split()
    facts = {'uptime_seconds': int(float(words[0]))} if words else {}
    try:
        one, five, fifteen = os.getloadavg()
        facts['loadavg'] = {'1m': one, '5m': five, '15m': fifteen}
    except OSError:
        pass
    return facts


# ---- selection -------------------------------------------------------------------------------

def min_collectors(params, facts):
    return {
        'platform': platform_facts,
        'kernel': kernel_facts,
        'distribution': distribution_facts,
        'python': python_facts,
        'user': user_facts,
        'date_time': date_time_facts,
        'env': env_facts,
        'service_mgr': service_mgr_facts,
        # Sorted after `distribution`, whose os_family it reads from the facts gathered so far.
        'pkg_mgr': lambda: pkg_mgr_facts(facts.get('os_family')),
        'dns': dns_facts,
        'ssh_pub_keys': ssh_host_key_facts,
        'local': lambda: local_facts(params.get('fact_path') or '/etc/ansible/facts.d'),
    }


OTHER_COLLECTORS = {
    'network': {'interfaces': network_facts},
    'hardware': {'memory': memory_facts, 'processor': processor_facts, 'uptime': uptime_facts},
    'virtual': {},
    'ohai': {},
    'facter': {},
}


def as_list(value, name):
    if value is None:
        return []
    if isinstance(value, str):
        return [word.strip() for word in value.split(',') if word.strip()]
    if isinstance(value, list):
        return [str(word).strip() for word in value]
    fail_json('%s must be a list or a comma-separated string, got %s' % (name, type(value).__name__))


def selected_collectors(subsets, params, facts):
    """The collectors asked for. `all` is every one; `!all` only drops what `all` would add, so
    `!all,network` is min and network. `min` is always gathered unless `!min`; any other `!name`
    drops that subset or collector whatever else asked for it."""
    groups = dict(OTHER_COLLECTORS, min=min_collectors(params, facts))
    by_name = {}
    for collectors in groups.values():
        by_name.update(collectors)
    allowed = sorted(set(SUBSETS) | set(by_name))
    chosen, excluded = set(groups['min']), set()
    for word in subsets:
        negated = word.startswith('!')
        name = word[1:] if negated else word
        if name not in allowed:
            fail_json("Bad subset '%s' given to setup. gather_subset options allowed: %s" % (name, ', '.join(allowed)))
        if name == 'all':
            if not negated:
                chosen.update(by_name)
            continue
        members = groups[name] if name in groups else [name]
        (excluded if negated else chosen).update(members)
    return [by_name[name] for name in sorted(chosen - excluded) if name in by_name]


def main():
    params = load_args()
    subsets = as_list(params.get('gather_subset', ['all']), 'gather_subset') or ['all']
    patterns = as_list(params.get('filter'), 'filter')
    facts = {}
    for collect in selected_collectors(subsets, params, facts):
        facts.update(collect())
    named = {('ansible_' + key): value for key, value in facts.items()}
    named['gather_subset'] = subsets
    named['module_setup'] = True
    if patterns:
        named = {key: value for key, value in named.items() if any(fnmatch.fnmatch(key, p) for p in patterns)}
    exit_json({'ansible_facts': named, 'changed': False})


if __name__ == '__main__':
    main()
