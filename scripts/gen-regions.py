#!/usr/bin/env python3
"""Generate the region tables in crate/data/regions/ from upstream data.

"Regions from data, not a hard-coded list": every country mapping that
crate/src/code/regions.rs knows comes from the packages below, fetched with
the ordinary registry clients (pip / npm) at the pinned versions.

Upstream sources (pinned; bump the versions here and re-run to refresh):

  PyPI  tzdata            2026.6    (IANA tzdb 2026f; public domain)
        zoneinfo/zone.tab, zoneinfo/tzdata.zi (links), and the compiled TZif
        files used through Python's zoneinfo to compute 2026 UTC offsets.
  npm   cldr-core         48.2.0    (Unicode CLDR 48; Unicode licence)
        supplemental/likelySubtags.json, aliases.json, metaZones.json,
        windowsZones.json, territoryInfo.json (population, for ordering),
        availableLocales.json
  npm   cldr-bcp47        48.2.0    bcp47/timezone.json (tz alias groups)
  npm   cldr-localenames-full 48.2.0  main/{en,zh}/territories.json
  npm   cldr-dates-full   48.2.0    main/en/timeZoneNames.json (metazone names)
  PyPI  publicsuffixlist  1.1.2.20261023  (Public Suffix List, MPL 2.0)
        public_suffix_list.dat: the TLD list, and the "xn--... : CC" comments
        that name the country of each internationalised ccTLD.

Regenerate (needs pip and npm able to reach their registries):

    python3 scripts/gen-regions.py            # downloads into a temp dir
    python3 scripts/gen-regions.py --src DIR  # reuse/keep downloads in DIR

Output (TSV, UTF-8, '#' lines are comments), all in crate/data/regions/:

  countries.tsv  CC, English name, Simplified Chinese name (CLDR; the
                 "-alt-short" form when CLDR has one, e.g. "Hong Kong", "UK")
  tz.tsv         zone name, kind, countries. kind: z = listed in zone.tab;
                 l = alias/link of such a zone; o = not a country zone
                 (Etc/GMT-8, CET, EST...): countries whose zones have the same
                 January and July 2026 offsets; u = UTC/unknown (no country)
  offsets.tsv    ISO offset minutes (UTC+03:30 = 210), countries that use the
                 offset at some point in 2026 (standard or DST), by population
  zonenames.tsv  long zone name, source (c = CLDR metazone/zone name in
                 English, as Intl 'long'/'longGeneric' prints it; w = Windows
                 zone id from CLDR windowsZones), countries
  locales.tsv    language tag, country (CLDR likely subtags; languages that
                 are ISO 639-1 or have CLDR locale data; deprecated codes such
                 as iw/in/ji via CLDR languageAlias), then the CLDR available
                 locales that carry an explicit region (kind r)
  tlds.tsv       TLD (ASCII/punycode and Unicode forms), country, flags
                 (v = widely used as a vanity/generic TLD; host_country
                 ignores those). Generic TLDs are not listed (no country).

Decisions (documented here and in regions.rs):
  * .uk -> GB; .su (Soviet Union, still delegated) -> RU, the registry and
    its users being overwhelmingly Russian; .eu -> no country (not listed);
    .ac -> AC (Ascension Island, a CLDR territory).
  * UTC/GMT/Etc/UTC/Factory map to no country.
"""

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import tarfile

TZDATA_VERSION = "2026.6"
CLDR_VERSION = "48.2.0"
PSL_VERSION = "1.1.2.20261023"

CLDR_PKGS = ["cldr-core", "cldr-bcp47", "cldr-localenames-full", "cldr-dates-full"]

# ccTLDs that are marketed and used world-wide as generic names (.io, .ai,
# .tv ...). A hostname under one of these says nothing about the country.
VANITY_TLDS = {"ai", "cc", "co", "fm", "gg", "io", "me", "nu", "tk", "tv", "ws", "ly", "to"}
# 2-letter TLD -> country where the code is not the ISO code (or None: no country).
TLD_EXCEPTIONS = {"uk": "GB", "su": "RU", "eu": None}

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "crate", "data", "regions")


def fetch(src):
    os.makedirs(src, exist_ok=True)
    whl = os.path.join(src, f"tzdata-{TZDATA_VERSION}-py2.py3-none-any.whl")
    if not os.path.exists(whl):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                        f"tzdata=={TZDATA_VERSION}", "-d", src], check=True)
    psl = [f for f in os.listdir(src) if f.startswith(f"publicsuffixlist-{PSL_VERSION}")]
    if not psl:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                        f"publicsuffixlist=={PSL_VERSION}", "-d", src], check=True)
    for pkg in CLDR_PKGS:
        tgz = os.path.join(src, f"{pkg}-{CLDR_VERSION}.tgz")
        if not os.path.exists(tgz):
            subprocess.run(["npm", "pack", "--silent", f"{pkg}@{CLDR_VERSION}"], cwd=src, check=True,
                           stdout=subprocess.DEVNULL)
    # unpack
    tzdir = os.path.join(src, "tzdata-whl")
    if not os.path.isdir(tzdir):
        zipfile.ZipFile(whl).extractall(tzdir)
    psl = [f for f in os.listdir(src) if f.startswith(f"publicsuffixlist-{PSL_VERSION}") and f.endswith(".whl")][0]
    psldir = os.path.join(src, "psl-whl")
    if not os.path.isdir(psldir):
        zipfile.ZipFile(os.path.join(src, psl)).extractall(psldir)
    cldr = {}
    for pkg in CLDR_PKGS:
        d = os.path.join(src, f"{pkg}-{CLDR_VERSION}")
        if not os.path.isdir(d):
            with tarfile.open(os.path.join(src, f"{pkg}-{CLDR_VERSION}.tgz")) as t:
                t.extractall(d)
        cldr[pkg] = os.path.join(d, "package")
    return tzdir, os.path.join(psldir, "publicsuffixlist", "public_suffix_list.dat"), cldr


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", help="download/cache directory (default: a temp dir)")
    args = ap.parse_args()
    src = args.src or tempfile.mkdtemp(prefix="gen-regions-")
    tzdir, psl_path, cldr = fetch(src)

    # Use the pinned tzdata wheel, never the system zoneinfo.
    sys.path.insert(0, tzdir)
    import zoneinfo
    zoneinfo.reset_tzpath(to=[])
    import tzdata as tzdata_mod
    assert tzdata_mod.__version__ == TZDATA_VERSION, tzdata_mod.__version__
    iana_version = tzdata_mod.IANA_VERSION
    zi_dir = os.path.join(tzdir, "tzdata", "zoneinfo")

    # ---- CLDR basics -------------------------------------------------------
    core = cldr["cldr-core"]
    terr_info = load(os.path.join(core, "supplemental", "territoryInfo.json"))["supplemental"]["territoryInfo"]
    population = {cc: float(v.get("_population", 0)) for cc, v in terr_info.items()}

    def by_pop(ccs):
        return sorted(set(ccs), key=lambda c: (-population.get(c, 0), c))

    en_t = load(os.path.join(cldr["cldr-localenames-full"], "main", "en", "territories.json"))["main"]["en"]["localeDisplayNames"]["territories"]
    zh_t = load(os.path.join(cldr["cldr-localenames-full"], "main", "zh", "territories.json"))["main"]["zh"]["localeDisplayNames"]["territories"]

    # ---- zone.tab + links --------------------------------------------------
    zone_tab = {}
    with open(os.path.join(zi_dir, "zone.tab"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cc, _coord, name = line.rstrip("\n").split("\t")[:3]
            zone_tab[name] = cc
    iso_codes = set(zone_tab.values())
    with open(os.path.join(zi_dir, "iso3166.tab"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                iso_codes.add(line.split("\t")[0])

    zi_links, zi_zones = {}, set()
    with open(os.path.join(zi_dir, "tzdata.zi"), encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if p and p[0] == "L":
                zi_links[p[2]] = p[1]
            elif p and p[0] == "Z":
                zi_zones.add(p[1])

    bcp = load(os.path.join(cldr["cldr-bcp47"], "bcp47", "timezone.json"))["keyword"]["u"]["tz"]
    groups = {}  # name -> list of names in the same CLDR group
    for key, v in bcp.items():
        if not isinstance(v, dict) or "_alias" not in v:
            continue
        names = v["_alias"].split()
        if v.get("_iana") and v["_iana"] not in names:
            names.append(v["_iana"])
        for n in names:
            groups[n] = names

    def utc_off(name, when):
        z = zoneinfo.ZoneInfo(name)
        return int(when.astimezone(z).utcoffset().total_seconds() // 60)

    jan = datetime.datetime(2026, 1, 15, 12, tzinfo=datetime.timezone.utc)
    jul = datetime.datetime(2026, 7, 15, 12, tzinfo=datetime.timezone.utc)
    pair_countries = {}
    for name, cc in zone_tab.items():
        pair_countries.setdefault((utc_off(name, jan), utc_off(name, jul)), set()).add(cc)

    utc_like = set(groups.get("Etc/UTC", [])) | {"Etc/GMT", "GMT", "Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0",
                                                  "GMT+0", "GMT-0", "GMT0", "Greenwich", "Etc/Greenwich",
                                                  "Factory", "Etc/Unknown", "UTC", "UCT", "Zulu", "Universal"}
    all_names = set(zone_tab) | set(zi_links) | zi_zones | set(groups)
    tz_rows = {}
    warnings = []
    for name in sorted(all_names):
        if name in zone_tab:
            tz_rows[name] = ("z", [zone_tab[name]])
            continue
        if name in utc_like or name.startswith("Etc/U"):
            tz_rows[name] = ("u", [])
            continue
        # CLDR groups keep identities that tzdb merged (Iceland -> Reykjavik, not Abidjan).
        grp = [zone_tab[n] for n in groups.get(name, []) if n in zone_tab]
        link = zi_links.get(name)
        link_cc = zone_tab.get(link) if link else None
        if grp and name not in ("EST", "MST", "HST", "CET", "EET", "MET", "WET"):
            ccs = by_pop(grp)
            if link_cc and link_cc not in ccs:
                warnings.append(f"{name}: CLDR {ccs} vs tzdata.zi link {link}->{link_cc}; using CLDR")
            tz_rows[name] = ("l", ccs)
            continue
        if "/" in name and link_cc and not name.startswith("Etc/"):
            tz_rows[name] = ("l", [link_cc])
            continue
        try:
            key = (utc_off(name, jan), utc_off(name, jul))
        except Exception as e:  # not a loadable zone (CLDR-only name)
            if link_cc:
                tz_rows[name] = ("l", [link_cc])
            else:
                warnings.append(f"{name}: no country ({e})")
            continue
        tz_rows[name] = ("o", by_pop(pair_countries.get(key, ())))

    # ---- offsets used in 2026 ----------------------------------------------
    offsets = {}
    day = datetime.timedelta(days=1)
    for name, cc in zone_tab.items():
        z = zoneinfo.ZoneInfo(name)
        t = datetime.datetime(2026, 1, 1, 12, tzinfo=datetime.timezone.utc)
        seen = set()
        while t.year == 2026:
            seen.add(int(t.astimezone(z).utcoffset().total_seconds() // 60))
            t += day
        for o in seen:
            offsets.setdefault(o, set()).add(cc)

    # ---- long zone names ----------------------------------------------------
    def zone_countries(name):
        row = tz_rows.get(name)
        return row[1] if row and row[0] in ("z", "l") else []

    mz = load(os.path.join(core, "supplemental", "metaZones.json"))["supplemental"]["metaZones"]
    mz_countries = {}

    def walk(node, prefix):
        for k, v in node.items():
            if isinstance(v, list):
                name = prefix + k
                cur = [e["usesMetazone"] for e in v
                       if "usesMetazone" in e and ("_to" not in e["usesMetazone"]
                                                   or e["usesMetazone"]["_to"] >= "2026")]
                for u in cur:
                    mz_countries.setdefault(u["_mzone"], set()).update(zone_countries(name))
            else:
                walk(v, prefix + k + "/")
    walk(mz["metazoneInfo"]["timezone"], "")

    tzn = load(os.path.join(cldr["cldr-dates-full"], "main", "en", "timeZoneNames.json"))["main"]["en"]["dates"]["timeZoneNames"]
    long_names = {}  # lowercase -> (display, set(src), set(cc))

    def add_long(display, src_tag, ccs):
        if not ccs:
            return
        k = display.lower()
        e = long_names.setdefault(k, [display, set(), set()])
        e[1].add(src_tag)
        e[2].update(ccs)

    for mzone, v in tzn["metazone"].items():
        for kind in ("standard", "daylight", "generic"):
            n = v.get("long", {}).get(kind)
            if n:
                add_long(n, "c", mz_countries.get(mzone, ()))

    def walk_zone(node, prefix):
        for k, v in node.items():
            if "long" in v or "short" in v or "exemplarCity" in v:
                for kind in ("standard", "daylight", "generic"):
                    n = v.get("long", {}).get(kind)
                    if n:
                        add_long(n, "c", zone_countries(prefix + k))
            else:
                walk_zone(v, prefix + k + "/")
    walk_zone(tzn["zone"], "")

    # Intl 'longGeneric' falls back to the CLDR regionFormat ("{0} Time") with
    # the country name, or with the exemplar city when the country has several
    # zones ("Morocco Time", "United Kingdom Time", "Ürümqi Time"), for zones
    # without a metazone or whose offset differs from the metazone's.
    def zone_node(name):
        node = tzn["zone"]
        for part in name.split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return node
    zones_per_cc = {}
    for name, cc in zone_tab.items():
        zones_per_cc[cc] = zones_per_cc.get(cc, 0) + 1
    region_fmt = tzn["regionFormat"]
    for name, cc in zone_tab.items():
        labels = {en_t[cc], en_t.get(cc + "-alt-short", en_t[cc])}
        if zones_per_cc[cc] > 1:
            labels.add(zone_node(name).get("exemplarCity") or name.split("/")[-1].replace("_", " "))
        for label in labels:
            add_long(region_fmt.replace("{0}", label), "c", [cc])

    wz = load(os.path.join(core, "supplemental", "windowsZones.json"))["supplemental"]["windowsZones"]["mapTimezones"]
    for e in wz:
        m = e["mapZone"]
        if m["_territory"] in ("001", "ZZ"):
            continue
        ccs = set()
        for n in m["_type"].split():
            ccs.update(zone_countries(n))
        add_long(m["_other"], "w", ccs)

    # ---- locales ------------------------------------------------------------
    likely = load(os.path.join(core, "supplemental", "likelySubtags.json"))["supplemental"]["likelySubtags"]
    avail = load(os.path.join(core, "availableLocales.json"))["availableLocales"]["full"]
    avail_langs = {l.split("-")[0] for l in avail}
    loc_rows = {}

    def region_of(tag):
        r = tag.split("-")[-1]
        return r if re.fullmatch(r"[A-Z]{2}", r) and r in iso_codes | {"XK"} else None

    for key, val in likely.items():
        if key.startswith("und"):
            continue
        m = re.fullmatch(r"([a-z]{2,3})(?:-([A-Z][a-z]{3}))?", key)
        if not m:
            continue  # lang-region keys: the explicit region wins anyway
        lang = m.group(1)
        if len(lang) == 3 and lang not in avail_langs:
            continue
        cc = region_of(val)
        if cc:
            loc_rows[key] = ("", cc)
    la = load(os.path.join(core, "supplemental", "aliases.json"))["supplemental"]["metadata"]["alias"]["languageAlias"]
    for alias, v in la.items():
        if re.fullmatch(r"[a-z]{2,3}", alias) and alias not in loc_rows and v.get("_reason") in ("deprecated", "legacy", "macrolanguage"):
            rep = v["_replacement"].split()[0]
            if rep not in loc_rows:
                rep = rep.split("-")[0]
            if rep in loc_rows and (len(alias) == 2 or alias in avail_langs or v["_reason"] == "macrolanguage"):
                loc_rows[alias] = ("", loc_rows[rep][1])
    for tag in avail:
        if tag in loc_rows:
            continue
        cc = region_of(tag)
        if cc:
            loc_rows[tag] = ("r", cc)

    # ---- TLDs ---------------------------------------------------------------
    tld_rows = {}
    with open(psl_path, encoding="utf-8") as f:
        psl = f.read()
    psl_ver = re.search(r"// VERSION: (\S+)", psl).group(1)
    icann = psl.split("===BEGIN ICANN DOMAINS===")[1].split("===END ICANN DOMAINS===")[0]
    idn_cc = {}
    for m in re.finditer(r"^// (xn--[a-z0-9-]+) \(.*\) : ([A-Z]{2})\s*$", icann, re.M):
        idn_cc[m.group(1)] = m.group(2)
    tlds = set()
    for line in icann.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            tlds.add(line.split(".")[-1].lstrip("!*"))
    for t in sorted(tlds):
        puny = t.encode("idna").decode("ascii") if not t.isascii() else t
        if re.fullmatch(r"[a-z]{2}", t):
            cc = TLD_EXCEPTIONS.get(t, t.upper())
            if cc is None:
                continue
            if cc not in en_t:
                warnings.append(f"TLD .{t}: no CLDR territory {cc}")
                continue
            tld_rows[t] = (cc, "v" if t in VANITY_TLDS else "")
        elif puny in idn_cc and idn_cc[puny] in iso_codes:  # not EU (.ею, .ευ)
            cc = idn_cc[puny]
            tld_rows[puny] = (cc, "")
            tld_rows[t] = (cc, "")

    # ---- country names ------------------------------------------------------
    used = set(iso_codes) | {"XK"}
    for _, ccs in tz_rows.values():
        used.update(ccs)
    for ccs in offsets.values():
        used.update(ccs)
    for e in long_names.values():
        used.update(e[2])
    used.update(v[1] for v in loc_rows.values())
    used.update(v[0] for v in tld_rows.values())

    def name(table, cc):
        return table.get(cc + "-alt-short") or table[cc]

    # ---- write ----------------------------------------------------------------
    os.makedirs(OUT, exist_ok=True)
    hdr = (f"# Generated by scripts/gen-regions.py: tzdata {TZDATA_VERSION} (IANA {iana_version}), "
           f"CLDR npm {CLDR_VERSION}, publicsuffixlist {PSL_VERSION} (PSL {psl_ver}). Do not edit.\n")

    def write(fname, desc, rows):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(hdr)
            f.write(f"# {desc}\n")
            for r in rows:
                f.write("\t".join(r) + "\n")

    write("countries.tsv", "cc\tEnglish (CLDR, alt-short if any)\tSimplified Chinese (CLDR zh)",
          [(cc, name(en_t, cc), name(zh_t, cc)) for cc in sorted(used | {"ZZ"})])
    write("tz.tsv", "zone\tkind (z zone.tab, l alias, o offset-only, u no country)\tcountries",
          [(n, k, ",".join(c)) for n, (k, c) in sorted(tz_rows.items())])
    write("offsets.tsv", "iso minutes (UTC+03:30 = 210)\tcountries using it in 2026, by population",
          [(str(o), ",".join(by_pop(c))) for o, c in sorted(offsets.items())])
    write("zonenames.tsv", "long zone name\tsource (c CLDR en, w Windows id)\tcountries, by population",
          [(d, "".join(sorted(s)), ",".join(by_pop(c))) for _, (d, s, c) in sorted(long_names.items())])
    write("locales.tsv", "language tag\tcountry\tkind (empty: likely subtags; r: CLDR locale with region)",
          [(t, cc, k) if k else (t, cc) for t, (k, cc) in sorted(loc_rows.items())])
    write("tlds.tsv", "tld\tcountry\tflags (v: vanity, used world-wide)",
          [(t, cc, fl) if fl else (t, cc) for t, (cc, fl) in sorted(tld_rows.items())])
    for w in warnings:
        print("note:", w, file=sys.stderr)
    for f in sorted(os.listdir(OUT)):
        print(f"{f}: {os.path.getsize(os.path.join(OUT, f))} bytes")


if __name__ == "__main__":
    main()
