#!/bin/sh
# Installs what the comparison benchmark runs besides castoff: Debian's ansible-core (the baseline),
# its `ansible` collections (the modules comparison uses community.general and ansible.posix) and
# GNU time (the controller's peak RSS). Idempotent; apt's index is refreshed only when an
# install from the current index fails, since most machines already have a usable one.
set -eu
missing=""
command -v ansible-playbook >/dev/null 2>&1 || missing="$missing ansible-core"
[ -d /usr/lib/python3/dist-packages/ansible_collections ] || missing="$missing ansible"
[ -x /usr/bin/time ] || missing="$missing time"
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "bench: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $missing >&2 || {
  $SUDO apt-get update >&2
  $SUDO apt-get install -y --no-install-recommends $missing >&2
}
