#!/usr/bin/env bash
# Installs what the end-to-end tests need, from Debian's packages and the npm registry only:
#   - Debian: chromium (driven by playwright-core), ripgrep and libkrb5-dev (code-server's build needs them),
#     openssh-client (the "Compare with ssh -G" test runs ssh -G)
#   - npm: code-server 4.100.3 (VS Code 1.100.3, the newest code-server that runs on Node 20),
#     into .e2e-cache/code-server, outside the project's node_modules (it is about 300 MB).
# Safe to re-run: whatever is already there is skipped. Nothing is written to $HOME except npm's own cache.
# Environment: E2E_CACHE (default <repo>/.e2e-cache), CODE_SERVER_VERSION (default 4.100.3).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${E2E_CACHE:-$repo/.e2e-cache}"
version="${CODE_SERVER_VERSION:-4.100.3}"
start=$SECONDS

# --- Debian packages -------------------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
[ -x /usr/bin/ssh ] || missing+=(openssh-client)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core) # readable screenshots
source "$repo/scripts/lib/debian-packages.sh"
install_missing_packages "e2e setup" "${missing[@]}"

# --- code-server -----------------------------------------------------------------------------------
cs_dir="$cache/code-server"
cs_bin="$cs_dir/node_modules/.bin/code-server"
installed="$(node -p "try { require('$cs_dir/node_modules/code-server/package.json').version } catch { '' }")"
if [ ! -x "$cs_bin" ] || [ "$installed" != "$version" ]; then
  echo "e2e setup: npm install code-server@$version into $cs_dir (about a minute)"
  rm -rf "$cs_dir"
  mkdir -p "$cs_dir" "$cache/tmp"
  printf '{ "name": "e2e-code-server", "private": true }\n' > "$cs_dir/package.json"

  # code-server's lib/vscode depends on @vscode/ripgrep 1.15.11, whose install script fetches rg
  # 13.0.0 from GitHub (unreachable here) unless its download cache under os.tmpdir() already holds
  # the archive. Debian's ripgrep is that same release, so pack it under the expected name.
  rg_cache="$cache/tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache/pack"
  cp "$(command -v rg)" "$rg_cache/pack/rg"
  tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rg_cache/pack" rg

  log="$cache/code-server-install.log"
  # TMPDIR: the ripgrep cache above, and install leftovers stay in the cache folder.
  # XDG_*: node-gyp and friends keep their caches out of $HOME.
  # npm_config_yes: node-pty's install script runs `npx node-gyp`, which a `yes=false` npmrc refuses.
  # npm_config_nodedir: native modules build against Debian's Node headers instead of downloading them.
  # --unsafe-perm: as root, code-server's postinstall refuses to run without it (npm 11 warns
  # "Unknown cli config", but the script still reads it).
  nodedir=()
  [ -f /usr/include/node/node.h ] && nodedir=(npm_config_nodedir=/usr)
  if ! (cd "$cs_dir" && env TMPDIR="$cache/tmp" XDG_CACHE_HOME="$cache/tmp/xdg-cache" \
      XDG_CONFIG_HOME="$cache/tmp/xdg-config" XDG_DATA_HOME="$cache/tmp/xdg-data" \
      npm_config_yes=true "${nodedir[@]}" \
      npm install --no-audit --no-fund --no-save --unsafe-perm --foreground-scripts "code-server@$version") \
      >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "e2e setup: code-server install failed; full log: $log" >&2
    exit 1
  fi
  rm -rf "$cache/tmp"
fi

# Even `--version` writes config.yaml and a data folder: point them into the cache.
v="$(XDG_CONFIG_HOME="$cache/xdg/config" XDG_DATA_HOME="$cache/xdg/data" "$cs_bin" --version | grep ' with Code ')"
echo "e2e setup: code-server $v, $(/usr/bin/chromium --version 2>/dev/null), ready in $((SECONDS - start)) s"
