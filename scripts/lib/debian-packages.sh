# Sourced by the setup scripts. install_missing_packages LABEL PACKAGE... installs the packages
# from Debian (nothing when none is named). Only root can: anyone else is told what to install and
# the script stops. The package lists are refreshed only when the install cannot find a package,
# since .ci/run has just refreshed them.
install_missing_packages() {
  local label=$1
  shift
  [ $# -gt 0 ] || return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "$label: please install these Debian packages as root: $*" >&2
    exit 1
  fi
  echo "$label: apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "$@" >/dev/null ||
    { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "$@" >/dev/null; }
}
