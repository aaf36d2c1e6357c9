#!/bin/sh
# Pure-speed changes must not change a byte of the CLI's output. Runs `check --format json` of two builds on every
# gold set and the seeds (each set's folder alone, then all of them in one run; `extract` over all of them) and
# compares outputs and exit codes with cmp.
# Prints only sizes and same/DIFF: the CHECK sets' outputs are never shown.
#   sh scripts/dev/same-output.sh BASE_DIST NEW_DIST [OUT_DIR]   (BASE_DIST's outputs are cached in OUT_DIR/base)
set -u
base=$1; new=$2; out=${3:-/tmp/same-output}
sets="seeds test/gold/corpus test/gold/multidomain-a test/gold/multidomain-b test/gold/multidomain-c
test/gold/multidomain-d test/gold/multidomain-e test/gold/multidomain-f test/heldout test/heldout-figures test/probes"
mkdir -p "$out/base" "$out/new"
fail=0
run() { # dist command file dirs... (POSIX sh has no locals: names of its own)
  r_dist=$1; r_cmd=$2; r_file=$3; shift 3
  node "$r_dist/cli.js" $r_cmd --format json --quiet "$@" > "$out/$r_file" 2>/dev/null
  echo $? > "$out/$r_file.rc"
}
for s in $sets ALL; do
  dirs=$s; [ "$s" = ALL ] && dirs=$sets
  cmds=check; [ "$s" = ALL ] && cmds="check extract" # extract reads each file alone: once over all of them
  for c in $cmds; do
    n=$(echo "$s" | tr / _).$c.json
    [ -s "$out/base/$n" ] || { rm -f "$out/base/$n.rc"; run "$base" $c "base/$n" $dirs; }
    rm -f "$out/new/$n.rc"; run "$new" $c "new/$n" $dirs
    if cmp -s "$out/base/$n" "$out/new/$n" && cmp -s "$out/base/$n.rc" "$out/new/$n.rc"; then r=same
    else r=DIFF; fail=1; fi
    echo "$r $(wc -c < "$out/new/$n") bytes, exit $(cat "$out/new/$n.rc"): $n"
  done
done
exit $fail
