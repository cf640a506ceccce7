#!/usr/bin/env bash
# Speed of `crosscheck extract` against two peer extractors on the Zyte article-extraction benchmark
# (../shared/corpora/zyte-article-extraction/html, 181 gzipped pages): same run, same pages, one process per tool.
#   crosscheck        artifacts/crosscheck-r2r/crosscheck extract DIR --format jsonl   (Release, published
#                                                                        self-contained as one ReadyToRun composite
#                                                                        image with the runtime, without tiering, for
#                                                                        this CPU's instruction sets (x86-64-v3 when it
#                                                                        has them): precompiled, as a batch CLI is
#                                                                        meant to ship)
#   readability-lxml  /usr/bin/python3 eval/speed/readability_lxml.py   (Debian python3-readability)
#   Readability.js    node eval/speed/readability_js.mjs                (npm @mozilla/readability + jsdom, pinned in
#                                                                        eval/speed/package-lock.json)
# One untimed warm-up round, then ROUNDS timed rounds (default 3), interleaved with the order rotated each round;
# wall time and peak RSS of each process from /usr/bin/time. Prints a Markdown table (median per tool) and writes it
# to artifacts/extraction_speed.md; the outputs of the last round are scored with ../shared/eval/zyte_score.py.
# A page a tool fails on is counted and reported, never fatal.
#
# usage: eval/extraction_speed.sh [ROUNDS]        (any working directory; needs ../shared beside the repository,
#                                                  or beside the main checkout of a worktree, or
#                                                  CROSSCHECK_SHARED=/path/to/shared)
# Installs what is missing: apt-get install python3-readability time (as root, or with sudo), and `npm ci` into
# eval/speed/node_modules (gitignored). Needs dotnet (SDK 10) and node >= 20.19.
# Exit code: 0 measured (targets are reported, not enforced; SPEED_CHECK=1 makes a missed target exit 3), 2 setup failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${CROSSCHECK_SHARED:-$root/../shared}"
if [ -z "${CROSSCHECK_SHARED:-}" ] && [ ! -d "$shared" ]; then # a git worktree elsewhere: ../shared of the main checkout
  common="$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  [ -n "$common" ] && [ -d "$(dirname "$common")/../shared" ] && shared="$(cd "$(dirname "$common")/../shared" && pwd)"
fi
zyte="$shared/corpora/zyte-article-extraction"
html="$zyte/html"
truth="$zyte/ground-truth.json"
scorer="$shared/eval/zyte_score.py"
rounds="${1:-${ROUNDS:-3}}"
run="${TMPDIR:-/tmp}/crosscheck-extraction-speed"
py=/usr/bin/python3   # Debian's python: python3 on PATH may be a pyenv build that does not see dist-packages

die() { echo "extraction_speed: $*" >&2; exit 2; }
log() { echo "extraction_speed: $*" >&2; }

[ -d "$html" ] || die "$html not found (the repository needs ../shared beside it, or set CROSSCHECK_SHARED)"
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive number (got '$rounds')"
pages=$(find "$html" -name '*.html.gz' | wc -l)
[ "$pages" -gt 0 ] || die "no .html.gz pages in $html"

# ---- peers: install when missing ---------------------------------------------------------------------------------
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing Debian packages: $*"
  $sudo apt-get update -q >/dev/null || log "apt-get update failed; trying the install anyway"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$@" >/dev/null || die "apt-get install $* failed"
}
need=()
[ -x /usr/bin/time ] || need+=(time)
{ [ -x "$py" ] && "$py" -c 'import readability, lxml.html' 2>/dev/null; } || need+=(python3-readability)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"
"$py" -c 'import readability, lxml.html' 2>/dev/null || die "$py cannot import readability after installing python3-readability"

command -v node >/dev/null || die "node not found (Readability.js needs node >= 20.19)"
command -v npm >/dev/null || die "npm not found"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a==20&&b>=19)?0:1)' \
  || die "node $(node --version) is too old for the pinned jsdom (needs >= 20.19)"
# (re)install when node_modules is missing or does not hold the versions package.json pins
if ! (cd "$here/speed" && node -e '
  const fs = require("fs"); const want = JSON.parse(fs.readFileSync("package.json")).dependencies;
  for (const [name, v] of Object.entries(want)) {
    const p = "node_modules/" + name + "/package.json";
    if (!fs.existsSync(p) || JSON.parse(fs.readFileSync(p)).version !== v) process.exit(1);
  }') 2>/dev/null; then
  log "npm ci in eval/speed (@mozilla/readability, jsdom)"
  (cd "$here/speed" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci in $here/speed failed"
fi

# ---- crosscheck: Release build -----------------------------------------------------------------------------------
log "publishing crosscheck (Release, self-contained ReadyToRun composite; about a minute)"
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
# The code is precompiled for this machine's instruction sets when it has x86-64-v3 (AVX2, BMI, FMA...): ReadyToRun code
# built for the baseline leaves every vectorised search routine that tests for AVX2 to the JIT at run time.
has_cpu_flags() { local flag; for flag in "$@"; do grep -qw "$flag" /proc/cpuinfo 2>/dev/null || return 1; done; }
isa=()
if [ "$rid" = linux-x64 ] && has_cpu_flags avx avx2 bmi1 bmi2 f16c fma abm movbe; then
  isa=(-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3)
fi
# crossgen's output is reused when the assemblies did not change, even if its options did: start it afresh.
rm -rf "$root/artifacts/crosscheck-r2r" "$root/src/Crosscheck.Cli/obj/Release/net10.0/$rid/R2R"
(cd "$root" && dotnet publish src/Crosscheck.Cli -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true \
  -p:PublishReadyToRunComposite=true -p:TieredCompilation=false "${isa[@]}" \
  -o "$root/artifacts/crosscheck-r2r" -v quiet -nologo >/dev/null) || die "dotnet publish failed"
cli="$root/artifacts/crosscheck-r2r/crosscheck"
[ -f "$cli" ] || die "$cli not found after the build"

# ---- environment record ------------------------------------------------------------------------------------------
rm -rf "$run"; mkdir -p "$run"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -z "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit+local-changes"
{
  echo "date=$(date -u +%Y-%m-%d)"
  echo "rounds=$rounds"
  echo "pages=$pages"
  echo "commit=$commit"
  echo "machine=$(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo ".NET=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/{v=$2} END{print v}')"
  echo "python=$("$py" -c 'import platform; print(platform.python_version())')"
  echo "python3-readability=$(dpkg-query -W -f='${Version}' python3-readability 2>/dev/null || echo '?')"
  echo "python3-lxml=$(dpkg-query -W -f='${Version}' python3-lxml 2>/dev/null || echo '?')"
  echo "node=$(node --version)"
  echo "@mozilla/readability=$(node -p 'require(process.argv[1]).version' "$here/speed/node_modules/@mozilla/readability/package.json")"
  echo "jsdom=$(node -p 'require(process.argv[1]).version' "$here/speed/node_modules/jsdom/package.json")"
} > "$run/env.txt"

# ---- the runs ----------------------------------------------------------------------------------------------------
tools=(crosscheck readability_lxml readability_js)
set_command() { # tool output.jsonl -> cmd (array) and stdout (where its standard output goes)
  case "$1" in
    crosscheck)       cmd=("$cli" extract "$html" --format jsonl); stdout="$2" ;;
    readability_lxml) cmd=("$py" "$here/speed/readability_lxml.py" "$html" "$2"); stdout=/dev/null ;;
    readability_js)   cmd=(node "$here/speed/readability_js.mjs" "$html" "$2" "$truth"); stdout=/dev/null ;;
  esac
}
measure() { # round tool
  local rnd="$1" tool="$2" code=0 wall rss user sys
  set_command "$tool" "$run/$tool.jsonl"
  /usr/bin/time -f '%e %M %U %S' -o "$run/time.txt" "${cmd[@]}" > "$stdout" 2> "$run/$tool.round$rnd.log" || code=$?
  read -r wall rss user sys < <(tail -n 1 "$run/time.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rnd" "$tool" "$wall" "$rss" "$user" "$sys" "$code" >> "$run/runs.tsv"
  log "round $rnd: $tool ${wall}s, $((rss / 1024)) MiB peak RSS, exit $code"
}

find "$html" -name '*.html.gz' -exec cat {} + > /dev/null   # the pages in the page cache for everyone
log "warm-up round (untimed)"
for tool in "${tools[@]}"; do set_command "$tool" "$run/$tool.jsonl"; "${cmd[@]}" > "$stdout" 2>/dev/null || true; done
for ((rnd = 1; rnd <= rounds; rnd++)); do
  for ((k = 0; k < ${#tools[@]}; k++)); do
    measure "$rnd" "${tools[$(((k + rnd - 1) % ${#tools[@]}))]}"
  done
done

# ---- score the last round's outputs, print and save the table ----------------------------------------------------
if [ -f "$scorer" ] && [ -f "$truth" ]; then
  for tool in "${tools[@]}"; do "$py" "$scorer" "$truth" "$run/$tool.jsonl" > "$run/$tool.f1" 2>&1 || true; done
fi
mkdir -p "$root/artifacts"
status=0
"$py" "$here/speed/summarize.py" "$run" > "$root/artifacts/extraction_speed.md" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || die "summarize.py failed"
cat "$root/artifacts/extraction_speed.md"
echo
echo "(written to artifacts/extraction_speed.md; outputs and logs in $run)"
if [ "${SPEED_CHECK:-0}" = 1 ] && [ "$status" -eq 3 ]; then exit 3; fi
exit 0
