#!/usr/bin/env bash
# Reproducible build check: builds the project twice from clean (tests skipped) and compares every jar the
# build produces, byte for byte. Exits non-zero and lists the differing entries when a jar differs.
# Usage: .ci/reproducible-build.sh [extra maven args, e.g. -o]
# Never installs anything into the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {
    local into=$1
    shift
    mvn -B -q -DskipTests "$@" clean package >/dev/null
    mkdir -p "$into"
    # Every jar of every module: the library jars, the kjar, the shaded CLI jar.
    find . -path ./.git -prune -o -path '*/target/*.jar' -print | while read -r jar; do
        mkdir -p "$into/$(dirname "$jar")"
        cp "$jar" "$into/$jar"
    done
}

echo "build 1 ..."
build "$work/1" "$@"
echo "build 2 ..."
build "$work/2" "$@"

status=0
count=0
while read -r jar; do
    count=$((count + 1))
    other="$work/2/${jar#"$work/1/"}"
    name=${jar#"$work/1/"}
    if [[ ! -f "$other" ]]; then
        echo "MISSING in build 2: $name"; status=1; continue
    fi
    if cmp -s "$jar" "$other"; then
        echo "identical  $(sha256sum "$jar" | cut -c1-16)  $name"
    else
        echo "DIFFERENT  $name"
        status=1
        # Which entries differ: compare the listing with CRC32 of every entry.
        diff <(unzip -v "$jar" | awk 'NR>3 {print $7, $8}') <(unzip -v "$other" | awk 'NR>3 {print $7, $8}') \
            | head -20 || true
    fi
done < <(find "$work/1" -name '*.jar' | sort)

if [[ $count -eq 0 ]]; then
    echo "no jars were built"; exit 1
fi
if [[ $status -eq 0 ]]; then
    echo "reproducible: $count jars identical in two clean builds"
else
    echo "NOT reproducible (see above)"
fi
exit $status
