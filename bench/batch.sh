#!/bin/sh
# The batch check: 10,000 questionnaires (real bank; JSON, every tenth CSV) streamed through
# read → evaluate → JSON assessment with -Xmx256m; prints throughput, peak heap and peak RSS.
# Usage (after `mvn -B -o -Pbench package -Djmh.skip`): bench/batch.sh [count] [dir]
set -eu
count=${1:-10000}
dir=${2:-bench/target/batch}
cp="bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)"
echo "load before: $(uptime)"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
  java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" org.cyberprocure.bench.BatchHarness "$count" "$dir"
echo "load after: $(uptime)"
