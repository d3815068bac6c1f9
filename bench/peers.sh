#!/usr/bin/env bash
# Whole-process timings of Synoptic against word diffs, from the files to a result:
#   bench/peers.sh [RUNS [PAIR...]]   (default 5 runs, every pair; SYNOPTIC_CLI, SYNOPTIC_BUILD_DIR
#                                      override the build)
# Pairs: seed, frankenstein, synthetic-40k, synthetic-1280k (words per side; the 1.28M pair runs
# at most 3 times, without dwdiff, which takes about a minute a run there).
# For each pair, each tool runs RUNS times after one warm-up, the tools in turn (S G W D S G W D ...)
# so a drift of the shared machine's speed hits them alike. Two modes:
#   report  Synoptic writes its JSON report to a file; the peers write their diff to a file
#   bare    Synoptic prints its summary, the peers their diff, both to /dev/null
# Wall time is the whole process (start-up included), read around /usr/bin/time; peak memory is
# /usr/bin/time's %M (maximum resident set size). The table gives medians, and the ratio of
# Synoptic's median to each peer's. Peers: git diff --no-index --word-diff=porcelain --histogram,
# wdiff and dwdiff (Debian packages wdiff, dwdiff); a missing one is skipped with a message.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
shift || true
only=" $* "
build=${SYNOPTIC_BUILD_DIR:-}
if [ -z "$build" ]; then
    build=$here/build
    [ -x "$here/build-release/app/cli/synoptic-cli" ] && build=$here/build-release
fi
cli=${SYNOPTIC_CLI:-$build/app/cli/synoptic-cli}
synth=$build/bench/synthetic-pair
dev=${SYNOPTIC_DEV_CORPUS:-$here/../shared/corpus/dev}
[ -x "$cli" ] || { echo "no synoptic-cli at $cli: build first (scripts/dev.sh build)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tools=(synoptic git)
for peer in wdiff dwdiff; do
    if command -v "$peer" >/dev/null 2>&1; then
        tools+=("$peer")
    else
        echo "($peer not installed: skipped; apt-get install $peer)" >&2
    fi
done

pairs=()  # "name|A|B|words"
add_pair() {
    [ "$only" = "  " ] || [[ $only == *" $1 "* ]] || return 0
    pairs+=("$1|$2|$3|$(cat "$2" "$3" | wc -w)")
}
add_pair seed "$here/tests/data/newszop-nk-troops.txt" "$here/tests/data/ap-nk-fm-russia.txt"
if [ -d "$dev/frankenstein" ]; then
    add_pair frankenstein "$dev/frankenstein/frankenstein-1818.txt" "$dev/frankenstein/frankenstein-1831.txt"
else
    echo "(no development corpus at $dev: Frankenstein skipped)" >&2
fi
if [ -x "$synth" ]; then
    # Words per side, as bench_align's editions.
    for words in 40000 1280000; do
        name=synthetic-$((words / 1000))k
        [ "$only" = "  " ] || [[ $only == *" $name "* ]] || continue
        "$synth" "$words" "$work/synth-$words"
        add_pair "$name" "$work/synth-$words/a.txt" "$work/synth-$words/b.txt"
    done
else
    echo "(no $synth: synthetic pairs skipped; build the synthetic-pair target)" >&2
fi

# run TOOL MODE A B: one timed run; appends "wall_seconds peak_KiB" to $work/TOOL.MODE
run() {
    local tool=$1 mode=$2 a=$3 b=$4 out=/dev/null cmd
    [ "$mode" = report ] && out=$work/out
    case $tool in
    synoptic) if [ "$mode" = report ]; then cmd=("$cli" compare "$a" "$b" --json "$out"); out=/dev/null
              else cmd=("$cli" compare "$a" "$b"); fi ;;
    git) cmd=(git diff --no-index --word-diff=porcelain --histogram "$a" "$b") ;;
    wdiff) cmd=(wdiff "$a" "$b") ;;
    dwdiff) cmd=(dwdiff "$a" "$b") ;;
    esac
    local start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$work/mem" "${cmd[@]}" >"$out" 2>/dev/null || true
    local end=$EPOCHREALTIME
    echo "$start $end $(tail -1 "$work/mem")" >>"$work/$tool.$mode"
}

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

printf '%-18s %-6s %10s' pair mode "words(A+B)"
for t in "${tools[@]}"; do printf ' %18s' "$t s/MiB"; done
for t in "${tools[@]:1}"; do printf ' %9s' "/$t"; done
printf '\n'
for p in "${pairs[@]}"; do
    IFS='|' read -r name a b words <<<"$p"
    n=$runs
    pair_tools=("${tools[@]}")
    if [ "$words" -gt 1000000 ]; then
        n=$((runs < 3 ? runs : 3))
        pair_tools=()
        for t in "${tools[@]}"; do [ "$t" = dwdiff ] || pair_tools+=("$t"); done
    fi
    for mode in report bare; do
        rm -f "$work"/*."$mode"
        for t in "${pair_tools[@]}"; do run "$t" "$mode" "$a" "$b"; : >"$work/$t.$mode"; done # warm-up
        for ((i = 0; i < n; ++i)); do
            for t in "${pair_tools[@]}"; do run "$t" "$mode" "$a" "$b"; done
        done
        declare -A wall=() peak=()
        for t in "${pair_tools[@]}"; do
            wall[$t]=$(awk '{printf "%.6f\n", $2 - $1}' "$work/$t.$mode" | median)
            peak[$t]=$(awk '{print $3}' "$work/$t.$mode" | median)
        done
        printf '%-18s %-6s %10d' "$name" "$mode" "$words"
        for t in "${tools[@]}"; do
            [ -n "${wall[$t]:-}" ] || { printf ' %18s' -; continue; }
            printf ' %18s' "$(awk -v w="${wall[$t]}" -v m="${peak[$t]}" 'BEGIN {printf "%.3f/%.0f", w, m / 1024}')"
        done
        for t in "${tools[@]:1}"; do
            [ -n "${wall[$t]:-}" ] || { printf ' %9s' -; continue; }
            printf ' %9s' "$(awk -v s="${wall[synoptic]}" -v w="${wall[$t]}" 'BEGIN {printf "%.2fx", s / w}')"
        done
        printf '\n'
    done
done
echo "(medians of $runs runs (the 1.28M pair: at most 3), whole processes, tools in turn; s = wall seconds, MiB = peak RSS; $(nproc) cores)"
