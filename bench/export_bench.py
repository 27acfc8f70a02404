"""Benchmark of the places exports (the admin listing's and `manage.py export_places` share
`places/exporter.py`): time and peak memory of a child process exporting N places, for two sizes,
on a throw-away database. A streamed export keeps its peak flat as N grows.

    .venv/bin/python bench/export_bench.py [--rows 100000] [--small 10000]

Peak memory is the child's maximum resident set size (os.wait4), Django included.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from places_bench import generate  # noqa: E402 (sibling scripts, not a package)
from places_import_bench import run_command  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    args = parser.parse_args()
    print(f"Charge : {os.getloadavg()}")
    with tempfile.TemporaryDirectory(prefix="hub-export-bench-") as tmp:
        workdir = Path(tmp)
        for rows in (args.small, args.rows):
            env = {
                **os.environ,
                "DATABASE_URL": f"sqlite:///{workdir / f'bench-{rows}.sqlite3'}",
                "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            }
            subprocess.run(
                [sys.executable, str(ROOT / "manage.py"), "migrate", "-v0"],
                env=env,
                check=True,
                cwd=ROOT,
            )
            csv_path = workdir / f"places-{rows}.csv"
            generate(csv_path, rows)
            run_command(["import_places", str(csv_path), "-v0"], env)
            for fmt in ("csv", "json", "geojson"):
                out = workdir / f"out.{fmt}"
                measure = run_command(["export_places", "--format", fmt, "-o", str(out)], env)
                print(
                    f"{rows:>7} lieux {fmt:<8} {measure['seconds']:6.1f} s  "
                    f"pic {measure['peak_mb']:6.1f} Mo  fichier {out.stat().st_size / 1e6:6.1f} Mo"
                )


if __name__ == "__main__":
    main()
