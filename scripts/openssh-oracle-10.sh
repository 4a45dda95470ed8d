#!/usr/bin/env bash
# The second oracle of the differential suite: OpenSSH 10.0 from Debian 13 (trixie), unpacked into a
# cache folder and run through its own dynamic loader. Nothing is installed: a private apt
# configuration (its own sources list, index and download folders) reads trixie's index from
# Debian's mirror, `apt-get download` fetches the .debs and `dpkg -x` unpacks them. The system's apt
# sources, package state and libraries stay as they are.
#
# Which libraries: the Depends of openssh-client and openssh-server, followed recursively through
# the packages of Debian's "libs" section; the loader then proves (`--list`) that ssh and sshd
# resolve every library inside the cache folder, or the script fails naming the missing ones.
#
# The result is $cache/installation.json (paths relative to $cache), which the tests read
# (test/differential/openssh.ts). It is written last, so its presence means the cache is complete.
# Safe to re-run: takes well under a second when the cache is complete. A failure (no network, no
# apt) only warns and exits 0 outside CI, so `npm test` still runs and the 10.0 suite skips; under
# CI (CI set) it exits non-zero.
# Environment: OPENSSH10_CACHE (default <repo>/.test-work/openssh-10.0), OPENSSH10_MIRROR.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cache="${OPENSSH10_CACHE:-$repo/.test-work/openssh-10.0}"
mirror="${OPENSSH10_MIRROR:-http://deb.debian.org/debian}"
suite=trixie
release=10.0
manifest="$cache/installation.json"
start=$SECONDS

in_ci() { case "${CI:-}" in '' | 0 | false | FALSE | False) return 1 ;; *) return 0 ;; esac }

give_up() {
  echo "openssh $release oracle: $*" >&2
  echo "openssh $release oracle: to get it, run 'bash scripts/openssh-oracle-10.sh' on a Debian machine that reaches" \
    "$mirror (it needs apt-get and dpkg-deb, not root). Until then the OpenSSH $release differential suite skips." >&2
  if in_ci; then exit 1; fi
  exit 0
}

# Runs a binary of the unpacked tree through the unpacked loader (loader options, if any, first).
run_unpacked() { # root-dir [--list] binary args...
  local dir=$1 list=()
  shift
  [ "$1" != --list ] || { list=(--list); shift; }
  local binary=$1
  shift
  "$dir/$loader" "${list[@]}" --inhibit-cache --library-path "$dir/$libdir" "$dir/$binary" "$@"
}

# --- fast path: the cache is complete and its binaries still run ------------------------------------
if [ -f "$manifest" ]; then
  loader=$(sed -n 's/^  "loader": "root\/\(.*\)",$/\1/p' "$manifest")
  libdir=$(sed -n 's/^  "libraryPath": "root\/\(.*\)",$/\1/p' "$manifest")
  ssh_says=$( [ -n "$loader" ] && [ -n "$libdir" ] && run_unpacked "$cache/root" usr/bin/ssh -V 2>&1 || true)
  sshd_says=$( [ -n "$loader" ] && [ -n "$libdir" ] && run_unpacked "$cache/root" usr/sbin/sshd -V 2>&1 || true)
  if [[ $ssh_says == "OpenSSH_$release"* && $sshd_says == "OpenSSH_$release"* ]]; then
    echo "openssh $release oracle: ready in ${cache#"$repo"/}"
    exit 0
  fi
  echo "openssh $release oracle: the cache in $cache does not run, fetching it again"
  rm -f "$manifest"
fi

command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || give_up "apt-get and dpkg-deb are needed"

# --- a private apt configuration for trixie ---------------------------------------------------------
apt_dir="$cache/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache" "$apt_dir/archives/partial" "$apt_dir/empty.d" "$cache/debs"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" > "$apt_dir/sources.list"
apt_options=(
  -o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o "Dir::Etc::sourceparts=$apt_dir/empty.d"
  -o "Dir::State::lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o "Dir::Cache::archives=$apt_dir/archives"
  # Docker images switch the binary caches off; without them every apt-cache call parses the index anew.
  -o Dir::Cache::pkgcache=pkgcache.bin -o Dir::Cache::srcpkgcache=srcpkgcache.bin
  # The system's installed packages and pins are none of this index's business.
  -o Dir::State::status=/dev/null -o Dir::Etc::preferences=/dev/null -o "Dir::Etc::preferencesparts=$apt_dir/empty.d"
  # As root apt downloads as its _apt user, who cannot write the private folders: stay who we are.
  -o Acquire::Languages=none -o APT::Sandbox::User="$(id -un)"
)

echo "openssh $release oracle: reading Debian $suite's package index"
apt-get -q "${apt_options[@]}" update >"$cache/apt-update.log" 2>&1 ||
  { tail -n 5 "$cache/apt-update.log" >&2; give_up "apt-get update of $suite failed (log: $cache/apt-update.log)"; }

# "name section depends…" per package, one line each (Depends' alternatives: the first; versions dropped).
describe() {
  apt-cache "${apt_options[@]}" show --no-all-versions "$@" 2>/dev/null | awk '
    /^Package: / { name = $2; section = ""; deps = "" }
    /^Section: / { section = $2 }
    /^(Pre-)?Depends: / { sub(/^[^:]*: /, ""); deps = deps "," $0 }
    /^$/ && name != "" {
      n = split(deps, items, ","); out = ""
      for (i = 1; i <= n; i++) { d = items[i]; sub(/\|.*/, "", d); gsub(/\([^)]*\)|:any|[ \t]/, "", d); if (d != "") out = out " " d }
      print name, section out; name = ""
    }'
}

# openssh-client and openssh-server, then every "libs" package reachable through Depends.
packages=(openssh-client openssh-server)
declare -A seen=([openssh-client]=1 [openssh-server]=1)
level=(openssh-client openssh-server)
while [ ${#level[@]} -gt 0 ]; do
  next=()
  while read -r name section dependencies; do
    if [ "$section" = libs ] || [[ $name == openssh-* ]]; then
      [[ $name == openssh-* ]] || packages+=("$name")
      for dependency in $dependencies; do
        [ -n "${seen[$dependency]:-}" ] || { seen[$dependency]=1; next+=("$dependency"); }
      done
    fi
  done < <(describe "${level[@]}")
  level=("${next[@]}")
done

echo "openssh $release oracle: downloading ${#packages[@]} packages: ${packages[*]}"
(cd "$cache/debs" && rm -f ./*.deb && apt-get -q "${apt_options[@]}" download "${packages[@]}" >"$cache/apt-download.log" 2>&1) ||
  { tail -n 5 "$cache/apt-download.log" >&2; give_up "apt-get download failed (log: $cache/apt-download.log)"; }

# --- unpack into a fresh folder, check it, then put it in place -------------------------------------
staging="$cache/root.new"
rm -rf "$staging"
mkdir -p "$staging"
for deb in "$cache"/debs/*.deb; do dpkg-deb -x "$deb" "$staging"; done

libc=$(find "$staging/usr/lib" "$staging/lib" -maxdepth 2 -name libc.so.6 2>/dev/null | head -n 1 || true)
[ -n "$libc" ] || give_up "libc6 brought no libc.so.6"
libdir=${libc#"$staging"/}
libdir=${libdir%/libc.so.6}
loader=$(cd "$staging" && find "$libdir" -maxdepth 1 -name 'ld-linux*.so.*' | head -n 1 || true)
[ -n "$loader" ] || give_up "libc6 brought no ld-linux loader in $libdir"

# Every library ssh and sshd load must come from the unpacked tree, not from the system.
for binary in usr/bin/ssh usr/sbin/sshd; do
  listing=$(run_unpacked "$staging" --list "$binary" 2>&1) || give_up "the loader cannot list $binary: $listing"
  outside=$(echo "$listing" | grep '=>' | grep -v "=> $staging/" || true)
  [ -z "$outside" ] || give_up "$binary needs libraries that no downloaded package ships:"$'\n'"$outside"
done
version=$(run_unpacked "$staging" usr/bin/ssh -V 2>&1 | head -n 1)
sshd_version=$(run_unpacked "$staging" usr/sbin/sshd -V 2>&1 | head -n 1)
case "$version/$sshd_version" in
  "OpenSSH_$release"*/"OpenSSH_$release"*) ;;
  *) give_up "expected OpenSSH $release, the unpacked binaries say: $version / $sshd_version" ;;
esac

rm -rf "$cache/root"
mv "$staging" "$cache/root"
# Written by hand (no jq here); the fast path above reads loader and libraryPath back with sed.
{
  echo "{"
  echo "  \"release\": \"$release\","
  echo "  \"version\": \"${version%%,*}\","
  echo "  \"loader\": \"root/$loader\","
  echo "  \"libraryPath\": \"root/$libdir\","
  echo "  \"ssh\": \"root/usr/bin/ssh\","
  echo "  \"sshd\": \"root/usr/sbin/sshd\","
  echo "  \"packages\": \"$(cd "$cache/debs" && ls -- *.deb | tr '\n' ' ' | sed 's/ $//')\""
  echo "}"
} > "$manifest"
# The index (about 100 MB with apt's caches) and the .debs are not needed once unpacked.
rm -rf "$apt_dir" "$cache/debs"
echo "openssh $release oracle: ${version%%,*} unpacked in ${cache#"$repo"/} ($((SECONDS - start)) s)"
