# Shell helpers shared by run.sh and test.sh. Sourced, not executed.

# Prints the folder holding PostgreSQL's server programs (initdb, pg_ctl), newest version first.
find_pg_bin() {
  if [[ -n "${CASETRACKER_PG_BIN:-}" ]]; then
    echo "$CASETRACKER_PG_BIN"
    return 0
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

# Installs Debian packages that are missing. As root it installs them; as anyone else it prints the
# exact command to run and fails, because a script should not ask for a password behind your back.
ensure_debian_packages() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $EUID -ne 0 ]]; then
    echo "CaseTracker needs these packages: ${missing[*]}" >&2
    echo "Install them, then run this again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "Installing ${missing[*]} from Debian's packages..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_postgres() {
  find_pg_bin >/dev/null || ensure_debian_packages postgresql || return 1
  find_pg_bin >/dev/null || { echo "PostgreSQL server programs not found after installing; set CASETRACKER_PG_BIN." >&2; return 1; }
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET SDK is missing. Install .NET 10: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    return 1
  fi
}

# Node.js and the outside tools the tests call (tests/node: the OpenAPI linter), at the versions the
# lock file names. Reinstalled only when the lock file changed since the last install.
ensure_node_tools() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || ensure_debian_packages nodejs npm || return 1
  local dir=tests/node
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    echo "Installing the test tools from npm..."
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null
  fi
}

# Runs a PostgreSQL server program: as the postgres user when we are root (PostgreSQL refuses root).
as_pg_owner() {
  if [[ $EUID -eq 0 ]]; then
    # From /, since postgres may not be allowed into the current folder.
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# True when something already listens on 127.0.0.1:$1.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
