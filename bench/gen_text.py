"""Deterministic mixed text for benchmarks: English, Chinese, Russian and accented words,
ISO dates, curly apostrophes, and an occasional zero-width space. Usage: gen_text.py BYTES OUT"""
import random
import sys

size, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
words = "the quick brown fox jumps over lazy dog today date is report meeting 你好 世界 这是 测试 Привет мир café naïve".split()
parts, n, i = [], 0, 0
while n < size:
    line = " ".join(random.choice(words) for _ in range(12))
    if i % 50 == 0:
        line += " 2026-04-03"
    if i % 97 == 0:
        line += " it\u2019s"
    if i % 331 == 0:
        line += " pass\u200bword"
    b = len(line.encode()) + 1
    if n + b > size:
        break
    parts.append(line)
    n += b
    i += 1
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
