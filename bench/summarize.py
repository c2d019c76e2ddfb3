"""Print hyperfine results as a Markdown table: median per command and the ratio to the reference."""
import json
import os
import sys

d = sys.argv[1]
print("| input | telltale median | rg median | ratio |")
print("|---|---|---|---|")
for name in sorted(os.listdir(d)):
    if not name.endswith(".json"):
        continue
    rs = json.load(open(os.path.join(d, name)))["results"]
    tt = next(r for r in rs if r["command"].startswith(("telltale", "/") ) or "telltale" in r["command"])
    rg = next(r for r in rs if r["command"].startswith("rg"))
    print(f"| {name[:-5]} | {tt['median']*1000:.1f} ms | {rg['median']*1000:.1f} ms | {tt['median']/rg['median']:.1f}x |")
