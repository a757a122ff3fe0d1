# Sourced by .ci/run (and usable by hand: `source .ci/node.sh`): puts Node ≥ 22.12 first on
# PATH. Parley's database module (better-sqlite3-multiple-ciphers 13, Node-API) and Electron
# 45's tooling need it; machines here come with Node 20. The registry serves Node itself as
# the package node-<os>-<arch>, so it is fetched from there and kept under .tmp/.
PARLEY_NODE_VERSION="${PARLEY_NODE_VERSION:-22.23.5}"

parley_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if parley_node_ok; then
  echo "Node $(node --version) is new enough."
else
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "No Node package for $(uname -m)" >&2; return 1 ;;
  esac
  os="$(uname -s | tr '[:upper:]' '[:lower:]')"
  dir="$root/.tmp/node-$PARLEY_NODE_VERSION-$os-$arch"
  if [ ! -x "$dir/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12: fetching node-$os-$arch@$PARLEY_NODE_VERSION from the npm registry into $dir"
    mkdir -p "$root/.tmp"
    tgz="$(cd "$root/.tmp" && npm pack --silent "node-$os-$arch@$PARLEY_NODE_VERSION")"
    rm -rf "$dir.partial" && mkdir -p "$dir.partial"
    tar -xzf "$root/.tmp/$tgz" -C "$dir.partial" --strip-components=1
    rm -f "$root/.tmp/$tgz"
    rm -rf "$dir" && mv "$dir.partial" "$dir"
  else
    echo "Using the Node kept in $dir"
  fi
  export PATH="$dir/bin:$PATH"
  hash -r
  echo "Now on Node $(node --version) (npm $(npm --version), run by that Node)."
fi
