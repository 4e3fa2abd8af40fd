#!/usr/bin/env bash
# The Docker engine the tests start their sshd hosts on, for machines without a service manager.
#
#   start    starts dockerd when no engine answers (setup.sh calls this)
#   restart  replaces a dockerd that this script started and that stopped answering; its goroutine
#            stacks are saved first, so the log says where it was stuck
#
# An engine this script did not start (a systemd service, Docker Desktop) is never touched: restart
# then fails and says so.
set -euo pipefail

pidfile=/tmp/castoff-dockerd.pid
log=/tmp/castoff-dockerd.log

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

answers() { timeout 10 docker info >/dev/null 2>&1; }

# A killed dockerd stays in /proc as a zombie until something reaps it; that one is gone.
running() { [ -e "/proc/$1" ] && ! grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null; }

# TERM, up to `seconds` for it to go, then KILL and as long again.
end_process() {
  local pid=$1 tries=$(($2 * 5))
  as_root kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 "$tries"); do running "$pid" || return 0; sleep 0.2; done
  as_root kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 1 "$tries"); do running "$pid" || return 0; sleep 0.2; done
}

ours() {
  local pid
  pid=$(cat "$pidfile" 2>/dev/null) || return 1
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] && echo "$pid"
}

start() {
  answers && return 0
  echo "dockerd: starting (log: $log)"
  # Appended, not truncated: the log of an engine that was restarted is what explains why.
  as_root sh -c "nohup dockerd >>$log 2>&1 & echo \$! >$pidfile"
  for _ in $(seq 1 60); do answers && return 0; sleep 1; done
  echo "dockerd: did not start, see $log" >&2
  tail -20 "$log" >&2
  return 1
}

restart() {
  local pid stacks
  if ! pid=$(ours); then
    echo "dockerd: the running engine was not started by $0; restart it yourself" >&2
    return 1
  fi
  # SIGUSR1 makes dockerd write every goroutine's stack to a file it names in its log (a dockerd
  # stuck beyond that writes nothing, and an older dump is not taken for its).
  local seen
  seen=$(wc -l <"$log")
  as_root kill -USR1 "$pid" 2>/dev/null || true
  sleep 2
  stacks=$(tail -n +"$((seen + 1))" "$log" | grep -o 'goroutine stacks written to [^"]*' | tail -n1 | sed 's/.* to //' || true)
  if [ -n "$stacks" ] && [ -f "$stacks" ]; then
    local kept
    kept="/tmp/castoff-dockerd-stacks-$(date +%s).log"
    cp "$stacks" "$kept"
    echo "dockerd: its goroutine stacks are in $kept"
  fi
  echo "dockerd: restarting pid $pid"
  end_process "$pid" 20
  # A killed dockerd leaves its pid file, and the new one refuses to start while that pid exists.
  if [ "$(cat /var/run/docker.pid 2>/dev/null)" = "$pid" ]; then as_root rm -f /var/run/docker.pid; fi
  # The containerd it ran outlives it, and a new dockerd waits on that one instead of starting its
  # own; it may be as stuck (its log went through the old dockerd). The containers' shims stay, so
  # the new engine finds the containers and cleans them up.
  local containerd
  containerd=$(cat /var/run/docker/containerd/containerd.pid 2>/dev/null || true)
  if [ -n "$containerd" ] && [ "$(cat "/proc/$containerd/comm" 2>/dev/null)" = containerd ]; then
    end_process "$containerd" 10
    # Its pid may linger as a zombie, which dockerd would take for a live containerd.
    as_root rm -f /var/run/docker/containerd/containerd.pid
  fi
  start
}

case "${1:-}" in
  start) start ;;
  restart) restart ;;
  *)
    echo "usage: $0 start|restart" >&2
    exit 2
    ;;
esac
