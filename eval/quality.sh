#!/usr/bin/env bash
# Scores `crosscheck analyze --format json` with the reference scorer (../shared/eval/analysis_score.py)
# on the seeds (gold from eval/seeds/gold-spec.json), the bundled samples and the held-out set; then HTML
# extraction on the Zyte benchmark (zyte_score.py), publication dates on htmldate-mediacloud, and story clustering
# on ECB+, UCI News and MStream (cluster_score.py).
# usage: eval/quality.sh            (from the repository root; needs ../shared for the seeds and the scorer)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${CROSSCHECK_SHARED:-../shared}"
scorer="$shared/eval/analysis_score.py"
if [ ! -f "$scorer" ]; then echo "quality: $scorer not found; skipping (needs ../shared)"; exit 0; fi
out="${TMPDIR:-/tmp}/crosscheck-quality"
mkdir -p "$out"
dotnet build src/Crosscheck.Cli -c Release -v quiet -nologo >/dev/null
cli="dotnet src/Crosscheck.Cli/bin/Release/net10.0/crosscheck.dll"

score() { # name, input folder, gold file
  $cli analyze "$2" --format json > "$out/$1.json" 2> "$out/$1.log" || true
  echo "## $1"
  python3 "$scorer" "$3" "$out/$1.json"
}
python3 eval/seeds_gold.py "$shared/seeds" > "$out/seeds-gold.json"
score seeds "$shared/seeds" "$out/seeds-gold.json"
score samples samples samples/gold.json
score holdout eval/holdout eval/holdout/gold.json
score holdout2 eval/holdout2 eval/holdout2/gold.json
score holdout3 eval/holdout3 eval/holdout3/gold.json
score holdout4 eval/holdout4 eval/holdout4/gold.json
score holdout5 eval/holdout5 eval/holdout5/gold.json
score holdout6 eval/holdout6 eval/holdout6/gold.json
score holdout7 eval/holdout7 eval/holdout7/gold.json
score holdout8 eval/holdout8 eval/holdout8/gold.json
score holdout9 eval/holdout9 eval/holdout9/gold.json
score holdout10 eval/holdout10 eval/holdout10/gold.json
score holdout11 eval/holdout11 eval/holdout11/gold.json
score holdout12 eval/holdout12 eval/holdout12/gold.json
score holdout13 eval/holdout13 eval/holdout13/gold.json
score holdout14 eval/holdout14 eval/holdout14/gold.json
score holdout15 eval/holdout15 eval/holdout15/gold.json
score holdout16 eval/holdout16 eval/holdout16/gold.json
score holdout17 eval/holdout17 eval/holdout17/gold.json
score holdout18 eval/holdout18 eval/holdout18/gold.json

# HTML extraction: the Zyte benchmark through the reference scorer, and publication dates on htmldate's pages.
zyte="$shared/corpora/zyte-article-extraction"
$cli extract "$zyte/html" --format jsonl > "$out/zyte.jsonl" 2> "$out/zyte.log" || true
echo "## zyte-article-extraction (../shared/eval/zyte_score.py)"
python3 "$shared/eval/zyte_score.py" "$zyte/ground-truth.json" "$out/zyte.jsonl"
echo "## htmldate-mediacloud (crosscheck eval dates, page only)"
$cli eval dates "$shared/corpora/htmldate-mediacloud"

# Story clustering: StoryStream on the shared clustering corpora (ECB+, UCI News, MStream News and News-T), our
# line, then the reference scorer on the predictions and gold that `eval clustering --out` wrote (the same figures).
clusters="$out/clustering"
echo "## clustering (crosscheck eval clustering; then ../shared/eval/cluster_score.py on the written files)"
$cli eval clustering --corpora "$shared/corpora" --out "$clusters"
for corpus in ecb uci mstream mstream-t; do
  printf '%s all (cluster_score.py): ' "$corpus"
  python3 "$shared/eval/cluster_score.py" "$clusters/$corpus-all.gold.jsonl" "$clusters/$corpus-all.pred.jsonl"
done
