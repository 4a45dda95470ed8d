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
# Keep the package scripts from starting sshd: the tests only ever run it in test modes.
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" -eq 0 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
fi
source scripts/lib/debian-packages.sh
install_missing_packages "test setup" "${missing[@]}"

bash scripts/e2e/setup.sh
