#!/usr/bin/env bash
# Everything castoff's tests and demo need on a fresh Debian machine, idempotent: the Docker engine
# (installed and started if none answers), the test hosts' base image, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
# The engine, not the client: a machine may ship a docker client without any daemon.
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
command -v ssh-agent >/dev/null 2>&1 || missing+=(openssh-client)
command -v iptables >/dev/null 2>&1 || missing+=(iptables)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
# The parity test compares castoff's registered results with what ansible-playbook registers.
command -v ansible-playbook >/dev/null 2>&1 || missing+=(ansible-core)
# The module tests run Ansible's collections (community.general, ansible.posix) through castoff;
# Debian's `ansible` package installs them next to ansible-core.
[ -d /usr/lib/python3/dist-packages/ansible_collections ] || missing+=(ansible)
# The apt module test builds its tiny .deb on this machine.
command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
# castoff serve's browser tests drive its page in Debian's chromium (through playwright-core).
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# castoff serve's PostgreSQL store is tested against a real server the tests start from these binaries.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

bash scripts/dockerd.sh start

bash docker/prepare-base-image.sh

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
