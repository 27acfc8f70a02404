"""Benchmark of `manage.py import_places` at national size: time and peak memory of the command
itself (a child process, as an editor runs it), on a throw-away database.

    .venv/bin/python bench/places_import_bench.py [--rows 100000] [--json-mb 50] [--database-url U]

Steps: a generated valid v1 CSV of N places (first import, then an identical re-import), then a
generated JSON array of about M MB (long presentations, another source). Peak memory is the
child's maximum resident set size (os.wait4), Django included. Target (issue 18): under 400 MB.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from places_bench import generate  # noqa: E402 (a sibling script, not a package)

TARGET_PEAK_MB = 400  # issue 18


def run_command(args: list[str], env: dict) -> dict:
    """Run a manage.py command; its time, peak RSS and last output lines."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{output}")
    return {
        "seconds": seconds,
        "peak_mb": usage.ru_maxrss / 1024,
        "summary": (output.strip().splitlines() or [""])[-1],
    }


def generate_json(path: Path, megabytes: float, seed: int = 7) -> int:
    """A JSON array of v1 places with long presentations, written to about `megabytes` MB."""
    rng = random.Random(seed)
    words = [
        "médiation",
        "numérique",
        "atelier",
        "accompagnement",
        "démarches",
        "ordinateur",
        "tablette",
    ]
    limit = megabytes * 1e6
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[\n")
        while handle.tell() < limit:
            dep = f"{rng.randint(1, 95):02d}"
            record = {
                "id": f"json-{count}",
                "pivot": f"{rng.randint(10**13, 10**14 - 1)}",
                "nom": f"Espace numérique {count}",
                "commune": f"Commune {dep}",
                "code_postal": f"{dep}{rng.randint(0, 999):03d}",
                "adresse": "1 place de la Mairie",
                "latitude": round(rng.uniform(42.5, 51), 6),
                "longitude": round(rng.uniform(-4.5, 7.8), 6),
                "services": "Aide aux démarches administratives|Compréhension du monde numérique",
                "presentation_detail": " ".join(rng.choice(words) for _ in range(150)),
                "source": "Banc d’essai JSON",
                "date_maj": "2024-04-02",
            }
            handle.write(("" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
            count += 1
        handle.write("\n]\n")
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--json-mb", type=float, default=50)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="places-import-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
    }
    print(f"Base : {env['DATABASE_URL']}")
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "migrate", "-v0"], env=env, check=True, cwd=ROOT
    )

    csv_path = workdir / f"generated-{args.rows}.csv"
    generate(csv_path, args.rows)
    print(f"CSV généré : {args.rows} lieux, {csv_path.stat().st_size / 1e6:.1f} Mo")
    results = []
    for label in ("Import", "Ré-import identique"):
        measure = run_command(["import_places", str(csv_path)], env)
        results.append(measure)
        print(
            f"{label} de {args.rows} lieux (CSV) : {measure['seconds']:.1f} s, mémoire de pointe "
            f"{measure['peak_mb']:.0f} Mo – {measure['summary']}"
        )

    json_path = workdir / "generated.json"
    count = generate_json(json_path, args.json_mb)
    size = json_path.stat().st_size / 1e6
    measure = run_command(["import_places", str(json_path)], env)
    results.append(measure)
    print(
        f"Import d’un JSON de {size:.0f} Mo ({count} lieux) : {measure['seconds']:.1f} s, "
        f"mémoire de pointe {measure['peak_mb']:.0f} Mo – {measure['summary']}"
    )
    peak = max(m["peak_mb"] for m in results)
    state = "OK" if peak < TARGET_PEAK_MB else "DÉPASSÉ"
    print(f"\nMémoire de pointe maximale : {peak:.0f} Mo (objectif < {TARGET_PEAK_MB}) {state}")


if __name__ == "__main__":
    main()
