#!/usr/bin/env bash
# Builds the libFuzzer targets (preset linux-fuzz: clang-14, ASan + UBSan) and
# runs each for SECONDS (default 60) on a corpus in build/linux-fuzz/corpus/<target>,
# seeded from the test files (copied here at run time, not kept twice in git).
# First it replays tests/fuzz/regressions/<target>/*: inputs that once found a
# bug. Prints libFuzzer's final stats per target; exits non-zero on any finding
# (the input is kept in build/linux-fuzz/findings/<target>/).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

seconds="${1:-60}"
case "$seconds" in ''|*[!0-9]*) echo "usage: fuzz.sh [SECONDS]" >&2; exit 2 ;; esac
targets=(fuzz_reg_reader fuzz_profile_json fuzz_backup fuzz_fleet_exports)
build="$root/build/linux-fuzz"

cmake --preset linux-fuzz >/dev/null
cmake --build --preset linux-fuzz -j "$(nproc)" --target "${targets[@]}"

# seed_<target> DIR: copies that target's seed files into DIR.
seed_fuzz_reg_reader() {
  cp "$root"/tests/malformed/*.reg "$root"/resources/snapshots/*.reg "$root"/tests/data/*.reg "$1"/
}
seed_fuzz_profile_json() { cp "$root"/resources/profiles/*.json "$1"/; }
seed_fuzz_fleet_exports() { cp "$root"/resources/profiles/*.json "$1"/; }
seed_fuzz_backup() {
  cp "$root"/tests/golden/backup-*.reg* "$root"/resources/snapshots/*.reg "$1"/
  # The golden backup is kept as UTF-8 text with LF; ShareGuard writes backups as
  # UTF-16LE with a BOM and CRLF, and its seal covers those bytes (the doctest
  # suite's key, which fuzz_backup uses, made it).
  local golden
  for golden in "$root"/tests/golden/backup-*.reg.txt; do
    { printf '\xff\xfe'; sed 's/$/\r/' "$golden" | iconv -f UTF-8 -t UTF-16LE; } \
      >"$1/$(basename "$golden" .txt).utf16"
  done
}

status=0
summary=()
for t in "${targets[@]}"; do
  exe="$build/tests/fuzz/$t"
  corpus="$build/corpus/$t"
  findings="$build/findings/$t"
  mkdir -p "$corpus" "$findings"
  "seed_$t" "$corpus"

  regressions=("$root/tests/fuzz/regressions/$t"/*)
  if [ -e "${regressions[0]}" ]; then
    echo "== $t: replaying ${#regressions[@]} regression input(s)"
    if ! "$exe" -artifact_prefix="$findings/" "${regressions[@]}" >"$build/$t.regressions.log" 2>&1; then
      echo "FINDING: $t fails on a regression input; see $build/$t.regressions.log" >&2
      tail -30 "$build/$t.regressions.log" >&2
      status=1
      continue
    fi
  fi

  echo "== $t: ${seconds}s"
  log="$build/$t.log"
  # -max_len: the 100 KiB snapshot seeds are cut to their first 8 KiB (headers,
  # keys and every value form), which keeps a run at thousands of executions a
  # second instead of a few hundred.
  if ! "$exe" -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1; then
    echo "FINDING: $t; the input is in $findings/, the log in $log" >&2
    grep -A30 -m1 -E 'ERROR: |FUZZ FINDING|runtime error|==ERROR' "$log" >&2 || tail -40 "$log" >&2
    status=1
  fi
  done_line="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)"
  runs_line="$(grep -E '^Done [0-9]+ runs' "$log" | tail -1 || true)"
  echo "$t: ${runs_line:-no final stats} | ${done_line:-}"
  summary+=("$t: ${runs_line:-no final stats (finding)} | ${done_line:-}")
done

echo
printf '%s\n' "${summary[@]}"
if [ "$status" -ne 0 ]; then echo "fuzz.sh: findings above" >&2; fi
exit "$status"
