#!/usr/bin/env bash
# Makes the base image of the sshd test hosts (debian:bookworm-slim) available to the local Docker
# engine: use it if present, else pull it, else build an equivalent with debootstrap and
# `docker import`, because our machines reach no image registry but do reach Debian's packages.
set -euo pipefail

image="${CASTOFF_BASE_IMAGE:-debian:bookworm-slim}"

if docker image inspect "$image" >/dev/null 2>&1; then
  echo "base image $image: present"
  exit 0
fi

if timeout 60 docker pull "$image" >/dev/null 2>&1; then
  echo "base image $image: pulled"
  exit 0
fi

echo "base image $image: no registry answered, building it with debootstrap"
if ! command -v debootstrap >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

# The mirror the machine's own apt already uses, so no host name is written down here.
mirror="${CASTOFF_DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v -- '-security' | head -n1 || true)
fi
if [ -z "$mirror" ]; then
  mirror=$(grep -hsE '^deb ' /etc/apt/sources.list | awk '{print $2}' | head -n1 || true)
fi
if [ -z "$mirror" ]; then
  echo "no Debian mirror found in /etc/apt sources; set CASTOFF_DEBIAN_MIRROR" >&2
  exit 1
fi

root=$(mktemp -d /tmp/castoff-rootfs.XXXXXX)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase bookworm "$root" "$mirror" >/tmp/castoff-debootstrap.log 2>&1 || {
  echo "debootstrap failed, see /tmp/castoff-debootstrap.log" >&2
  tail -20 /tmp/castoff-debootstrap.log >&2
  exit 1
}
# Slim like the real image: no package lists or caches in the layer.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -c . | docker import - "$image" >/dev/null
echo "base image $image: built from $mirror"
