#!/usr/bin/env bash
# Finds a PostgreSQL on 127.0.0.1:5432, or starts the local cluster, or installs and starts one (Debian, root).
set -euo pipefail
ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if command -v pg_isready >/dev/null && ready; then echo "[postgres] running on 127.0.0.1:5432"; exit 0; fi
if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do ready && break; sleep 1; done
ready || { echo "[postgres] could not start PostgreSQL on 127.0.0.1:5432" >&2; exit 1; }
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'test'\"" | grep -q 1 || su postgres -c "createdb test"
echo "[postgres] started on 127.0.0.1:5432"
