"""Finding 9 (import memory): the CLI read an observation file whole and peaked at six times its size.
A generated ~50 MB hourly file is imported into a copy of the demo registry with the real binary: the
peak resident memory stays under 150 MB, and importing the same file again changes nothing."""
import os
import sqlite3
import subprocess
import time

from abuse import BIN, Checks, cli, fresh_registry

OFFICER = {"OXLABEL_ACTOR": "孙卫东", "OXLABEL_ROLE": "meteorologist"}
STATIONS = ["MX01", "MX02", "MX03", "MX04", "MX05"]
HOURS = 240_000  # per station: 1960-01-01 to 1987, before the registry's day
FIRST = -87_672  # hours from 1970-01-01 back to 1960-01-01


def write_file(path):
    """About 50 MB of plausible hourly rows of the five stations, from 1960 on."""
    with open(path, "w") as f:
        f.write("station_id,time,valid_minutes,temperature,precipitation,humidity,nai\n")
        for station in STATIONS:
            lines = []
            for hour in range(HOURS):
                stamp = time.strftime("%Y-%m-%dT%H:00", time.gmtime((FIRST + hour) * 3600))
                tenths = (hour * 37 + hour // 24 * 11) % 400 - 100
                lines.append(f"{station},{stamp},60,{tenths / 10:.1f},0.0,{40 + hour % 50},{800 + hour * 7 % 1200}\n")
                if len(lines) == 100_000:
                    f.write("".join(lines))
                    lines = []
            f.write("".join(lines))


def import_measured(path, data):
    """(exit status, standard output, peak RSS in MB) of `observations import` under /usr/bin/time."""
    result = subprocess.run(["/usr/bin/time", "-f", "peak-kb %M", BIN, "observations", "import", path, "--kind", "hourly",
                             "--data", data], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "OXLABEL_NOW": "2026-11-25", **OFFICER})
    peak = next((int(line.split()[1]) for line in result.stderr.splitlines() if line.startswith("peak-kb ")), None)
    return result.returncode, result.stdout, (peak or 0) / 1024


def counts(data):
    """Hourly rows and audit events in the registry."""
    with sqlite3.connect(f"file:{data}?mode=ro", uri=True) as db:
        return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("hourly_observations", "audit_events"))


def main():
    checks = Checks()
    folder, data = fresh_registry()
    for station in STATIONS:
        cli("station", "add", "--id", station, "--name", f"内存站{station}", "--town", "张山营镇", "--lat", "40.483",
            "--lon", "115.862", "--elevation", "530", "--kind", "both", data=data, env=OFFICER)
    path = os.path.join(folder, "hourly.csv")
    write_file(path)
    size = os.path.getsize(path) / 1_000_000
    checks.check(size > 45, f"the generated file holds {size:.0f} MB")

    status, output, peak = import_measured(path, data)
    checks.check(status == 0 and str(len(STATIONS) * HOURS) in output, f"the import stored every row (exit {status})")
    checks.check(0 < peak < 150, f"peak RSS {peak:.0f} MB for a {size:.0f} MB file (bound 150 MB)")

    before = counts(data)
    status, output, peak = import_measured(path, data)
    checks.check(status == 0 and "nothing changed" in output and counts(data) == before,
                 "importing the same file again changes nothing (rows and audit events as before)")
    checks.check(0 < peak < 150, f"peak RSS of the re-import {peak:.0f} MB (bound 150 MB)")
    checks.done()


if __name__ == "__main__":
    main()
