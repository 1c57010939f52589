"""Reads a `swift test` log and names the tests that failed, and those that started and never
ended (a test that hangs): what a reader of a CI log's last lines needs first."""
import re
import sys

started, ended, failed = [], set(), []
pattern = re.compile(r'Test (?:case passing .*? to )?"(.*)" (?:with \d+ test cases? )?(started|passed|failed|recorded|skipped)')
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    match = pattern.search(line)
    if not match:
        continue
    name, what = match.groups()
    if "known issue" in line and what == "recorded":
        continue
    if what == "started":
        started.append(name)
    else:
        ended.add(name)
        if what in ("failed", "recorded") and name not in failed:
            failed.append(name)

unfinished = [name for name in dict.fromkeys(started) if name not in ended]
print(f"Tests that failed ({len(failed)}):")
for name in failed:
    print(f"  - {name}")
print(f"Tests that started and never ended ({len(unfinished)}):")
for name in unfinished:
    print(f"  - {name}")
