#!/bin/sh
# Cold start of the CLI: process start to a finished PDF (and JSON) of the bundled sample.
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   bench/cold-start.sh [runs]          default 7 runs per variant
# Variants:
#   plain  - the README command: java -jar cli-sample/target/cyberprocure.jar ... (relaunches itself with
#            C1 and the archive, ADR 0010)
#   direct - the README command with CYBERPROCURE_FAST_START=0: no relaunch, default JIT, no archive
#   cds    - with the class-data sharing archive made at build time
#   cds-c1 - the same, and only the C1 JIT (the fastest for a one-shot run)
#   check  - the vendor's self-check of a filled questionnaire, as typed: java -jar ... check FILE (no report files)
# Prints per variant: median, min and max wall time, median user+sys CPU time, median peak RSS (/usr/bin/time);
# with HYPERFINE=1 and hyperfine installed, also hyperfine's mean and range. Records the load.
set -eu
runs=${1:-7}
jar=cli-sample/target/cyberprocure.jar
jsa=cli-sample/target/cyberprocure.jsa
sample=docs/examples/cloud-vendor.json
out=$(mktemp -d)
results=bench/target/cold-start
mkdir -p "$results"
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -f "$jsa" ] || echo "warning: $jsa missing (built with -Dcds.skip?); the cds variants fall back to no archive" >&2

variant_opts() {
  case "$1" in
    plain) echo "" ;;
    direct) echo "" ;;
    cds) echo "-XX:SharedArchiveFile=$jsa" ;;
    cds-c1) echo "-XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1" ;;
    *) echo "" ;;
  esac
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load before: $(uptime)"
for v in ${VARIANTS:-plain direct cds cds-c1 check}; do
  opts=$(variant_opts $v)
  launcher=java
  [ "$v" = direct ] && launcher="env CYBERPROCURE_FAST_START=0 java"
  cmd="$launcher $opts -jar $jar evaluate $sample --out $out --force"
  [ "$v" = check ] && cmd="java -jar $jar check $sample"
  $cmd >/dev/null 2>&1 || true # page cache, not measured (check exits 1 when the decision is not ACCEPT)
  : > "$results/$v.time"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -q -f "%e %U %S %M" -a -o "$results/$v.time" $cmd >/dev/null 2>&1 || true
    i=$((i + 1))
  done
  [ -s "$out/cloud-vendor.pdf" ] || { echo "no PDF written" >&2; exit 1; }
  sort -n -k1 "$results/$v.time" | awk -v v=$v -v n="$runs" '
    { wall[NR]=$1; cpu[NR]=$2+$3; rss[NR]=$4 }
    END {
      m=int((n+1)/2);
      # CPU and RSS medians need their own order
      for (i=1;i<=n;i++) for (j=i+1;j<=n;j++) { if (cpu[j]<cpu[i]) {t=cpu[i];cpu[i]=cpu[j];cpu[j]=t} if (rss[j]<rss[i]) {t=rss[i];rss[i]=rss[j];rss[j]=t} }
      printf "%-7s wall median %.2f s (min %.2f, max %.2f)  cpu median %.2f s  peak RSS median %d MB  [%d runs]\n", v, wall[m], wall[1], wall[n], cpu[m], rss[m]/1024, n
    }' | tee "$results/$v.summary"
  if [ "${HYPERFINE:-0}" = 1 ] && command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style basic --runs "$runs" --export-json "$results/$v.hyperfine.json" "$cmd" 2>/dev/null \
      | grep -E 'Time|Range' | sed "s/^/  hyperfine $v: /"
  fi
done
echo "load after: $(uptime)"
rm -rf "$out"
