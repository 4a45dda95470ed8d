#!/usr/bin/env bash
# What `npm test` needs besides npm packages, installed when missing (npm runs this as `pretest`):
#   - Debian's openssh-client and openssh-server: the oracle of the differential and code-action
#     suites (they run only `ssh -G`, `sshd -t` and `sshd -T`; no daemon is started);
#   - OpenSSH 10.0 from Debian 13, the second oracle, unpacked into .test-work/ without installing it
#     (scripts/openssh-oracle-10.sh);
#   - Debian's neovim, emacs-nox and elpa-eglot: the editors test/editors/ runs as LSP clients
#     of the server, with the configurations the README shows;
#   - what the end-to-end tests need (scripts/e2e/setup.sh: chromium, code-server...).
# Safe to re-run: takes about a second when everything is there. The editors are 22 packages
# (52 MB to download, 180 MB installed): 16 s on the project's machine when none is there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/ssh ] || missing+=(openssh-client)
[ -x /usr/sbin/sshd ] || missing+=(openssh-server)
[ -x /usr/bin/nvim ] || missing+=(neovim)
[ -x /usr/bin/emacs ] || missing+=(emacs-nox)
compgen -G '/usr/share/emacs/site-lisp/elpa-src/eglot-*/eglot.el' >/dev/null || missing+=(elpa-eglot)
# Keep the package scripts from starting sshd: the tests only ever run it in test modes.
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" -eq 0 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
fi
source scripts/lib/debian-packages.sh
install_missing_packages "test setup" "${missing[@]}"
bash scripts/openssh-oracle-10.sh

bash scripts/e2e/setup.sh
