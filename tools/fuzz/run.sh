#!/usr/bin/env bash
# Coverage-guided fuzzing of stage 1 (digest, tags and entities readers) with SharpFuzz and afl++, for MINUTES minutes.
#   tools/fuzz/run.sh 30            # fuzz for 30 minutes on one core
#   FUZZ_RESUME=1 tools/fuzz/run.sh 30   # go on from the last run's queue instead of the seeds
# Needs afl-fuzz (Debian: apt-get install afl++) and the sharpfuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0). Not part of CI.
# Work files go to tools/fuzz/.work/ (ignored by git); each crash and hang is copied with its verdict to
# tools/fuzz/findings/ for review, and each distinct one belongs in tests/hostile/ as a case.
set -euo pipefail

minutes=${1:?usage: tools/fuzz/run.sh MINUTES}
here=$(cd "$(dirname "$0")" && pwd)
work="$here/.work"
findings="$here/findings"
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++"; exit 1; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0"; exit 1; }

rm -rf "$work/bin"
mkdir -p "$work"
dotnet publish "$here/ArchiveSite.Fuzz/ArchiveSite.Fuzz.csproj" -c Release -o "$work/bin" --nologo -v quiet

# The code under test, not the harness or SharpFuzz itself: afl's coverage map is small, and every edge counts.
for assembly in ArchiveSite.Core.dll YamlDotNet.dll Markdig.dll; do
  sharpfuzz "$work/bin/$assembly"
done

# Seeds: the real digests, the data files, and the hostile cases small enough to mutate quickly (afl wants < 1 KB-ish).
if [ "${FUZZ_RESUME:-}" = 1 ] && [ -d "$work/findings/default/queue" ]; then
  seeds=-
else
  rm -rf "$work/seeds" "$work/findings"
  mkdir -p "$work/seeds"
  repo=$(cd "$here/../.." && pwd)
  find "$repo/input/digests" "$here/seeds" -name '*.md' -size -16k -exec cp -t "$work/seeds" {} +
  cp "$repo/input/tags.yml" "$work/seeds/tags.yml"
  [ -f "$repo/input/entities.yml" ] && cp "$repo/input/entities.yml" "$work/seeds/entities.yml"
  find "$repo/tests/hostile" -maxdepth 1 -name '*.md' -size -4k -exec cp -t "$work/seeds" {} + 2>/dev/null || true
  seeds="$work/seeds"
fi

echo "Fuzzing for $minutes minutes with $(ls "$work/seeds" | wc -l) seeds..."
# -t: a .NET start-up takes a while, and a slow input is a finding (it shows as a hang); -m none: the runtime reserves
# far more virtual memory than afl's default limit. AFL_SKIP_BIN_CHECK: dotnet itself is not instrumented, the
# assemblies are. The others let it run on a shared machine without root tuning.
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 \
  timeout --signal=INT --kill-after=60 "$((minutes * 60 + 30))" \
  afl-fuzz -i "$seeds" -o "$work/findings" -t 5000 -m none -V "$((minutes * 60))" -x "$here/digest.dict" \
  -- dotnet "$work/bin/ArchiveSite.Fuzz.dll" >"$work/afl.log" 2>&1 || true
tail -n 25 "$work/afl.log"

# Each crash and hang with the verdict of the uninstrumented-behaving --explain run (the first lines of its stack).
mkdir -p "$findings"
crashes=0
hangs=0
for kind in crashes hangs; do
  for input in "$work/findings/default/$kind"/id:*; do
    [ -e "$input" ] || continue
    name="$kind-$(sha1sum "$input" | cut -c1-12)"
    cp "$input" "$findings/$name.input"
    timeout 60 dotnet "$work/bin/ArchiveSite.Fuzz.dll" --explain <"$input" >"$findings/$name.txt" 2>&1 || true
    if [ "$kind" = crashes ]; then crashes=$((crashes + 1)); else hangs=$((hangs + 1)); fi
  done
done

stats="$work/findings/default/fuzzer_stats"
[ -f "$stats" ] && grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs) ' "$stats"
echo "crashes: $crashes, hangs: $hangs (inputs and verdicts in $findings)"
# One line per distinct exception and top frame, so the same bug found many times reads as one.
for verdict in "$findings"/*.txt; do
  [ -e "$verdict" ] || continue
  printf '%s | %s\n' "$(head -n 1 "$verdict" | cut -c1-120)" "$(sed -n 2p "$verdict" | sed 's/^ *//' | cut -c1-120)"
done | sort | uniq -c | sort -rn
