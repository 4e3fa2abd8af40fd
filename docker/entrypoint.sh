#!/bin/sh
# Installs the public key given in CASTOFF_AUTHORIZED_KEY for every login user, then keeps sshd in
# the foreground. sshd runs under a small supervisor loop so tests can stop and restart it
# (`pkill -x sshd` / `touch /run/sshd.stop`) without the container exiting.
set -eu
if [ -n "${CASTOFF_AUTHORIZED_KEY:-}" ]; then
  printf '%s\n' "$CASTOFF_AUTHORIZED_KEY" > /etc/ssh/castoff_authorized_keys
  chmod 644 /etc/ssh/castoff_authorized_keys
fi
if [ -n "${CASTOFF_HOST_KEY:-}" ]; then
  printf '%s\n' "$CASTOFF_HOST_KEY" > /etc/ssh/ssh_host_ed25519_key
  chmod 600 /etc/ssh/ssh_host_ed25519_key
  ssh-keygen -y -f /etc/ssh/ssh_host_ed25519_key > /etc/ssh/ssh_host_ed25519_key.pub
fi
while :; do
  if [ -e /run/sshd.stop ]; then sleep 0.2; continue; fi
  /usr/sbin/sshd -D -e || true
  sleep 0.2
done
