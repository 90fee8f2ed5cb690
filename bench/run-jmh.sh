#!/bin/sh
# Reruns the JMH benchmarks without Maven, after one `mvn -B -o -Pbench verify -Djmh.skip` (or package).
# Usage: bench/run-jmh.sh [JMH options, e.g. EvaluationBenchmark -f 1 -wi 3 -i 5]
set -eu
cp="bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)"
echo "load before: $(uptime)"
if [ $# -eq 0 ]; then
  set -- -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff bench/target/jmh-result.json
fi
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" org.openjdk.jmh.Main "$@"
echo "load after: $(uptime)"
