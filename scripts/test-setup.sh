#!/usr/bin/env bash
# What `npm test` needs besides npm packages, installed when missing (npm runs this as `pretest`):
#   - Debian's openssh-client and openssh-server: the oracle of the differential and code-action
#     suites (they run only `ssh -G`, `sshd -t` and `sshd -T`; no daemon is started);
#   - what the end-to-end tests need (scripts/e2e/setup.sh: chromium, code-server...).
# Safe to re-run: takes about a second when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/ssh ] || missing+=(openssh-client)
[ -x /usr/sbin/sshd ] || missing+=(openssh-server)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test setup: please install these Debian packages as root: ${missing[*]}" >&2
    exit 1
  fi
  echo "test setup: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep the package scripts from starting sshd: the tests only ever run it in test modes.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
  fi
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null ||
    { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
fi

bash scripts/e2e/setup.sh
