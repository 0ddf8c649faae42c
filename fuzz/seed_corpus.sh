#!/bin/sh
# Seeds each target's corpus from the script tests (copies; the corpus is never committed).
set -e
cd "$(dirname "$0")"
for t in parse compile run; do
    mkdir -p "corpus/$t"
    find ../tests/programs -name '*.py' -size -16k | while read -r f; do
        cp "$f" "corpus/$t/$(echo "${f#../tests/programs/}" | tr / _)"
    done
done
echo "seeded $(ls corpus/parse | wc -l) programs per target"
