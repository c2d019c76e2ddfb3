#!/usr/bin/env bash
# Throughput on real npm packages (issue 14, part 4): packages per second for telltale
# (--jobs 1 and 2) side by side with GuardDog (`guarddog npm scan`, one package per call)
# on the same 200 tarballs.
#
#   bash bench/packages.sh            # prepare once (packages, GuardDog venv), then measure
#
# Inputs : bench/packages.txt (name@version, one a line; written from package-lock.json +
#          the pinned TOPUP list below if missing), tarballs in tests/.cache/bench-packages/
# Outputs: bench/results/packages/ (hyperfine JSON, telltale JSONL, GuardDog JSON, table.md)
# Knobs  : RUNS (telltale runs, 3), GD_RUNS (GuardDog runs, 1), SUBSET (40),
#          GD_FULL=auto|yes|no (GuardDog on all 200: auto = only if the subset run predicts
#          at most GD_LIMIT_S seconds, default 900), GUARDDOG_VERSION (3.2.0)
# Nothing is installed from the packages and no package script runs (npm pack --ignore-scripts).
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C            # fixed glob and sort order, so "the first N tarballs" is stable
shopt -s nullglob

P=tests/.cache/bench-packages
SUB_DIR=tests/.cache/bench-packages-subset
LIST=bench/packages.txt
VENV=tests/.cache/guarddog-venv
OUT=bench/results/packages
T=target/release/telltale
N_WANT=200
RUNS=${RUNS:-3}
GD_RUNS=${GD_RUNS:-1}
SUBSET=${SUBSET:-40}
GD_FULL=${GD_FULL:-auto}
GD_LIMIT_S=${GD_LIMIT_S:-900}
GUARDDOG_VERSION=${GUARDDOG_VERSION:-3.2.0}

# Well-known packages that top the project's own dev tree up to 200; versions pinned
# (the latest on 2026-11-26) so the set is reproducible.
TOPUP=(
  express@5.3.0 axios@1.21.1 react@19.3.1 react-dom@19.3.1 moment@2.31.0 uuid@14.0.3
  debug@4.4.3 ms@2.1.3 minimist@1.2.8 yargs@18.2.0 yargs-parser@22.0.0 glob@14.0.6
  minimatch@11.0.9 rimraf@6.1.4 mkdirp@3.0.1 async@3.2.6 underscore@1.13.8 bluebird@3.7.2
  dotenv@18.0.10 body-parser@2.4.0 cookie@1.1.1 qs@6.17.1 mime@4.1.2 mime-types@3.0.2
  fs-extra@11.4.1 prop-types@15.8.1 classnames@2.5.1 dayjs@1.11.23 nanoid@5.1.16 ws@8.23.0
  cors@2.8.6 jsonwebtoken@9.0.3 bcryptjs@3.0.3 validator@13.15.35 js-yaml@5.5.0 yaml@2.9.1
  ajv@8.20.0 object-assign@4.1.1 kleur@4.1.5 picocolors@1.1.1 acorn@8.19.0 node-fetch@3.3.2
)

mkdir -p "$OUT" "$P"
t_start=$(date +%s)

# --- 1. the package list --------------------------------------------------------------------
if [ ! -s "$LIST" ]; then
  python3 - "$LIST" "$N_WANT" "${TOPUP[@]}" <<'PY'
import json, sys
out, want, topup = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
lock = json.load(open("package-lock.json"))
specs = sorted({k.rsplit("node_modules/", 1)[-1] + "@" + v["version"]
                for k, v in lock["packages"].items() if k.startswith("node_modules/")})
seen = {s.rsplit("@", 1)[0] for s in specs}
for s in topup:
    if len(specs) >= want:
        break
    if s.rsplit("@", 1)[0] not in seen:
        specs.append(s)
if len(specs) != want:
    sys.exit(f"package list has {len(specs)} entries, not {want}: extend TOPUP")
open(out, "w").write("".join(s + "\n" for s in specs))
PY
  echo "wrote $LIST"
fi
mapfile -t SPECS < <(grep -v '^\s*\(#\|$\)' "$LIST")

# name@version -> file name `npm pack` gives it (@scope/name -> scope-name-version.tgz)
tgz_of() { local n=${1%@*} v=${1##*@}; n=${n#@}; echo "${n//\//-}-$v.tgz"; }

# --- 2. the tarballs (once) -----------------------------------------------------------------
declare -A WANTED=()
missing=()
for s in "${SPECS[@]}"; do
  f=$(tgz_of "$s"); WANTED[$f]=$s
  [ -s "$P/$f" ] || missing+=("$s")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "packing ${#missing[@]} package(s) into $P ..."
  for ((i = 0; i < ${#missing[@]}; i += 25)); do
    batch=("${missing[@]:i:25}")
    if ! npm pack --ignore-scripts --silent --pack-destination "$P" "${batch[@]}" >/dev/null 2>>"$OUT/pack.log"; then
      for s in "${batch[@]}"; do   # find the one(s) that failed
        [ -s "$P/$(tgz_of "$s")" ] || npm pack --ignore-scripts --silent --pack-destination "$P" "$s" >/dev/null 2>>"$OUT/pack.log" || true
      done
    fi
  done
fi
failed=()
for s in "${SPECS[@]}"; do [ -s "$P/$(tgz_of "$s")" ] || failed+=("$s"); done
if [ ${#failed[@]} -gt 0 ]; then
  printf 'could not pack: %s\n' "${failed[@]}" | tee "$OUT/pack-failures.txt" >&2
fi
for f in "$P"/*.tgz; do   # the directory must hold exactly the list, since the runs glob it
  [ -n "${WANTED[$(basename "$f")]:-}" ] || { echo "removing stale $f"; rm -f "$f"; }
done
ALL=("$P"/*.tgz)
N_ALL=${#ALL[@]}

# fixed subset: the first $SUBSET tarballs in C sort order (hard links, same bytes)
rm -rf "$SUB_DIR"; mkdir -p "$SUB_DIR"
for f in "${ALL[@]:0:SUBSET}"; do ln "$f" "$SUB_DIR/" 2>/dev/null || cp "$f" "$SUB_DIR/"; done
SUB=("$SUB_DIR"/*.tgz)
N_SUB=${#SUB[@]}

# --- 3. tools ---------------------------------------------------------------------------------
[ -x "$T" ] || cargo build --release -q -p telltale --bin telltale
if [ ! -x "$VENV/bin/guarddog" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "guarddog==$GUARDDOG_VERSION"
fi
GD=$PWD/$VENV/bin/guarddog
command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }

mb_of() { du -cb "$@" | tail -1 | awk '{printf "%.1f", $1/1e6}'; }
MB_ALL=$(mb_of "${ALL[@]}")
MB_SUB=$(mb_of "${SUB[@]}")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "packages: $N_ALL ($MB_ALL MB), subset: $N_SUB ($MB_SUB MB); load average: $load_before"

# --- 4. telltale ----------------------------------------------------------------------------
TT="$T scan --quiet --allow-incomplete --format jsonl"
for set in all sub; do
  if [ $set = all ]; then D=$P; else D=$SUB_DIR; fi
  hyperfine -i --shell=bash --warmup 1 --runs "$RUNS" --export-json "$OUT/telltale-$set.json" \
    -n "telltale -j1 $set" "$TT --jobs 1 $D/*.tgz > /dev/null" \
    -n "telltale -j2 $set" "$TT --jobs 2 $D/*.tgz > /dev/null"
  for j in 1 2; do  # one extra run each for peak memory (KB); it also keeps the report
    # shellcheck disable=SC2086  # $TT is a command line
    /usr/bin/time -f %M -o "$OUT/telltale-$set-j$j.maxrss" \
      $TT --jobs $j "$D"/*.tgz > "$OUT/telltale-$set-j$j.jsonl" || true
  done
done

# --- 5. GuardDog: one package per call (a directory is read as unpacked source, and the .tgz
#        files in it are not opened), so a sequential loop, and xargs -P 2 for the two cores ---
gd_seq() { # DIR OUTDIR
  echo "for f in $1/*.tgz; do $GD npm scan \"\$f\" --output-format json > $2/\$(basename \"\$f\").json 2>/dev/null; done"
}
# shellcheck disable=SC2028  # the \\n is for the printf in the command
gd_par() {
  echo "printf '%s\\n' $1/*.tgz | xargs -P 2 -I{} sh -c '$GD npm scan \"\$1\" --output-format json > $2/\$(basename \"\$1\").json 2>/dev/null' _ {}"
}
mkdir -p "$OUT/guarddog-sub" "$OUT/guarddog-all" "$OUT/guarddog-scratch"
hyperfine -i --shell=bash --runs "$GD_RUNS" --export-json "$OUT/guarddog-sub-seq.json" \
  -n "guarddog seq sub" "$(gd_seq "$SUB_DIR" "$OUT/guarddog-sub")"
t_sub=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['results'][0]['median'])" "$OUT/guarddog-sub-seq.json")
# prediction for all: per package and per MB, the larger of the two
est=$(python3 -c "import sys;t,n,N,m,M=map(float,sys.argv[1:]);print(round(max(t*N/n,t*M/m)))" \
  "$t_sub" "$N_SUB" "$N_ALL" "$MB_SUB" "$MB_ALL")
full=$GD_FULL
[ "$full" = auto ] && { [ "$est" -le "$GD_LIMIT_S" ] && full=yes || full=no; }
echo "GuardDog: subset took ${t_sub}s; all $N_ALL predicted ~${est}s -> full run: $full"
hyperfine -i --shell=bash --runs "$GD_RUNS" --export-json "$OUT/guarddog-sub-p2.json" \
  -n "guarddog xargs -P2 sub" "$(gd_par "$SUB_DIR" "$OUT/guarddog-scratch")"
if [ "$full" = yes ]; then
  hyperfine -i --shell=bash --runs "$GD_RUNS" --export-json "$OUT/guarddog-all-seq.json" \
    -n "guarddog seq all" "$(gd_seq "$P" "$OUT/guarddog-all")"
  hyperfine -i --shell=bash --runs "$GD_RUNS" --export-json "$OUT/guarddog-all-p2.json" \
    -n "guarddog xargs -P2 all" "$(gd_par "$P" "$OUT/guarddog-scratch")"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 6. table and flagged packages ------------------------------------------------------------
python3 - "$OUT" "$LIST" "$N_ALL" "$MB_ALL" "$N_SUB" "$MB_SUB" "$full" <<'PY' > "$OUT/table.md.body"
import glob, json, os, sys
out, listf, n_all, mb_all, n_sub, mb_sub, full = sys.argv[1:]
n = {"all": int(n_all), "sub": int(n_sub)}
mb = {"all": mb_all, "sub": mb_sub}
def tgz(spec):
    name, ver = spec.rsplit("@", 1)
    return name.lstrip("@").replace("/", "-") + "-" + ver + ".tgz"
spec_of = {tgz(s): s for s in open(listf).read().split()}
def med(path, i=0):
    return json.load(open(path))["results"][i]["median"]
def rss(path):
    try: return "%.0f" % (int(open(path).read().split()[-1]) / 1024)
    except Exception: return "?"
rows = []
for st in ("all", "sub"):
    for i, j in enumerate((1, 2)):
        rows.append(("telltale", f"{j}", st, med(f"{out}/telltale-{st}.json", i), rss(f"{out}/telltale-{st}-j{j}.maxrss")))
    for kind, jobs in (("seq", "1 (loop)"), ("p2", "2 (xargs -P 2)")):
        p = f"{out}/guarddog-{st}-{kind}.json"
        if os.path.exists(p) and (st == "sub" or full == "yes"):
            rows.append(("GuardDog", jobs, st, med(p), "n/a"))
print("| tool | jobs | packages | MB of tarballs | median s | packages/s | peak RSS MB |")
print("|---|---|---:|---:|---:|---:|---:|")
for tool, jobs, st, s, r in rows:
    print(f"| {tool} | {jobs} | {n[st]}{' (subset)' if st == 'sub' else ''} | {mb[st]} | {s:.2f} | {n[st]/s:.1f} | {r} |")

def tt_flags(path):
    res = []
    for line in open(path):
        d = json.loads(line)
        if d.get("verdict") in ("suspicious", "covert"):
            fs = d.get("findings", [])
            codes = sorted({f.get("rule", "?") for f in fs if f.get("severity") not in ("info", "low")}
                           or {f.get("rule", "?") for f in fs})
            res.append((spec_of.get(os.path.basename(d["input"]), d["input"]), d["verdict"], codes))
    return res
def gd_flags(d):
    res, labels, errors, total = [], {}, 0, 0
    for p in sorted(glob.glob(f"{d}/*.json")):
        total += 1
        try: r = json.load(open(p))
        except Exception:
            errors += 1; continue
        if r.get("errors"): errors += 1
        lab = (r.get("risk_score") or {}).get("label", "?")
        labels[lab] = labels.get(lab, 0) + 1
        if r.get("issues", 0) > 0:
            rules = sorted(k for k, v in r.get("results", {}).items() if v)
            res.append((spec_of.get(os.path.basename(p)[:-5], p), r["issues"], lab, rules))
    return res, labels, errors, total
tt_all = tt_flags(f"{out}/telltale-all-j2.jsonl")
tt_sub = tt_flags(f"{out}/telltale-sub-j2.jsonl")
gd_dir = f"{out}/guarddog-all" if full == "yes" else f"{out}/guarddog-sub"
gd_set = "all" if full == "yes" else "sub"
gd, labels, gd_err, gd_total = gd_flags(gd_dir)
print()
print(f"Flagged (telltale: verdict suspicious or covert; GuardDog: `issues` > 0 in its JSON):\n")
print(f"- telltale, all {n['all']}: **{len(tt_all)}**; on the {n['sub']}-package subset: **{len(tt_sub)}**")
print(f"- GuardDog, {'all ' + str(n['all']) if gd_set == 'all' else 'the ' + str(n['sub']) + '-package subset'}: "
      f"**{len(gd)}** of {gd_total} with issues; risk labels: "
      + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())) + f"; outputs with errors/unreadable: {gd_err}")
print("\ntelltale flagged (name@version, verdict, rules at medium or above):\n")
for s, v, c in tt_all:
    print(f"- {s} — {v} — {', '.join(c)}")
print(f"\nGuardDog flagged ({gd_set}; name@version, issues, risk label, rules that matched):\n")
for s, k, lab, rules in gd:
    print(f"- {s} — {k} — {lab} — {', '.join(rules)}")
PY

{
  echo "## Package throughput: telltale vs GuardDog"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
       "$(free -g | awk '/^Mem:/{print $2}') GB RAM; load average before/after: $load_before / $load_after"
  echo "telltale $($T --version | awk '{print $2}'), GuardDog $("$GD" --version 2>/dev/null | tail -1), $(hyperfine --version)."
  echo "Medians of $RUNS runs (telltale, after 1 warm-up) and $GD_RUNS run(s) (GuardDog). The subset is the first $N_SUB"
  echo "tarballs in C sort order of bench/packages.txt's $N_ALL. GuardDog is given one package per call."
  echo
  cat "$OUT/table.md.body"
  echo
  echo "Total time of this script: $(( $(date +%s) - t_start )) s."
} > "$OUT/table.md"
rm -f "$OUT/table.md.body"
rm -rf "$OUT/guarddog-scratch"
cat "$OUT/table.md"
