"""Benchmark of the mediation-places features on a throw-away SQLite database.

    .venv/bin/python bench/places_bench.py [--rows 20000]

Reports: import of the 687 real places, import (and re-import) of a generated valid file of N
places with the peak memory of the importing process, the directory page, the map data (time and
payload size) and the CSV export for all actors. Each measurement runs in a fresh child process,
so peak memory (ru_maxrss) belongs to that step alone (it includes Django itself, ~100 MB).
"""

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "mediation-places"
NAMES = ["Médiathèque", "Espace numérique", "Centre social", "France Services", "Association"]
TARGETS = {
    "import_real_s": 5,
    "import_generated_s": 60,
    "import_generated_peak_mb": 500,
    "map_payload_mb": 1.5,
}


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    import django

    django.setup()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(step: str, arg: str) -> dict:
    """One measurement, run inside a child process."""
    setup_django()
    if step == "import":
        from places.importer import import_places

        started = time.perf_counter()
        report = import_places(arg)
        return {
            "seconds": time.perf_counter() - started,
            "peak_mb": peak_mb(),
            "summary": report.summary(),
        }
    from django.test import Client

    client = Client()
    if step == "get":
        client.get(arg)  # warm-up: templates, site lookup
        started = time.perf_counter()
        response = client.get(arg)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return {
            "seconds": time.perf_counter() - started,
            "status": response.status_code,
            "bytes": len(body),
            "peak_mb": peak_mb(),
        }
    raise SystemExit(f"unknown step {step}")


def run_child(step: str, arg: str, env: dict) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", step, arg],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def generate(path: Path, rows: int, seed: int = 6):
    """A valid v1 CSV of `rows` places spread over mainland France."""
    sys.path.insert(0, str(ROOT))
    from places import standard

    rng = random.Random(seed)
    vocab = standard.vocabularies()
    kinds = ["BIB", "EPN", "CS", "RFS", "ASSO", "CCAS", "MUNI", "TIERS_LIEUX"]
    departments = [f"{n:02d}" for n in range(1, 96) if n != 20]

    def pick(column, most=3):
        return "|".join(rng.sample(vocab[column], rng.randint(0, min(most, len(vocab[column])))))

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(standard.COLUMNS)
        for i in range(rows):
            dep = rng.choice(departments)
            postal = f"{dep}{rng.randint(0, 999):03d}"
            row = {
                "id": f"bench-{i}",
                "pivot": f"{rng.randint(10**13, 10**14 - 1)}",
                "nom": f"{rng.choice(NAMES)} n° {i}",
                "commune": f"Commune {dep}-{i % 300}",
                "code_postal": postal,
                "code_insee": postal,
                "adresse": f"{rng.randint(1, 200)} rue de la République",
                "latitude": f"{rng.uniform(42.5, 51):.6f}",
                "longitude": f"{rng.uniform(-4.5, 7.8):.6f}",
                "typologie": "|".join(rng.sample(kinds, rng.randint(1, 2))),
                "telephone": f"+33{rng.randint(100000000, 999999999)}",
                "courriels": f"contact{i}@exemple.fr",
                "site_web": f"https://lieu{i}.exemple.fr/",
                "horaires": "Tu-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00",
                "presentation_resume": "Accompagnement au numérique pour tous les publics.",
                "source": "Banc d’essai",
                "date_maj": "2024-04-02",
                "services": pick("services") or "Accès internet et matériel informatique",
                "publics_specifiquement_adresses": pick("publics_specifiquement_adresses", 2),
                "prise_en_charge_specifique": pick("prise_en_charge_specifique", 2),
                "frais_a_charge": pick("frais_a_charge", 1),
                "dispositif_programmes_nationaux": pick("dispositif_programmes_nationaux", 2),
                "modalites_acces": pick("modalites_acces", 2),
                "modalites_accompagnement": pick("modalites_accompagnement", 2),
            }
            writer.writerow([row.get(c, "") for c in standard.COLUMNS])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--child", nargs=2, metavar=("STEP", "ARG"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return

    workdir = Path(tempfile.mkdtemp(prefix="places-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    print(f"Base de test : {workdir / 'bench.sqlite3'}")
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run(
        [*manage, "setup_site", "--no-admin", "--no-index", "-v0"],
        env=env,
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    results = {}
    real = run_child("import", str(DATA / "hinaura-2021-places.json"), env)
    results["import_real_s"] = real["seconds"]
    print(f"Import des 687 lieux réels : {real['seconds']:.2f} s – {real['summary']}")

    generated = workdir / f"generated-{args.rows}.csv"
    started = time.perf_counter()
    generate(generated, args.rows)
    size = generated.stat().st_size / 1e6
    print(
        f"Fichier généré : {args.rows} lieux, {size:.1f} Mo ({time.perf_counter() - started:.1f} s)"
    )
    big = run_child("import", str(generated), env)
    results["import_generated_s"] = big["seconds"]
    results["import_generated_peak_mb"] = big["peak_mb"]
    print(
        f"Import de {args.rows} lieux : {big['seconds']:.2f} s, mémoire de pointe du processus "
        f"{big['peak_mb']:.0f} Mo – {big['summary']}"
    )
    again = run_child("import", str(generated), env)
    print(f"Ré-import identique : {again['seconds']:.2f} s – {again['summary']}")

    total = args.rows + 687
    for label, url in [
        (f"Annuaire, page 1 ({total} acteurs)", "/fr/acteurs/"),
        (
            "Annuaire filtré (service + département)",
            "/fr/acteurs/?service=Aide+aux+d%C3%A9marches+administratives&departement=69",
        ),
        ("Annuaire, recherche texte", "/fr/acteurs/?q=mediatheque"),
        (f"Données de la carte ({total} points)", "/fr/acteurs/carte/donnees/"),
        (f"Export CSV ({total} acteurs)", "/fr/acteurs/export/csv/"),
        (f"Export GeoJSON ({total} acteurs)", "/fr/acteurs/export/geojson/"),
    ]:
        measure = run_child("get", url, env)
        assert measure["status"] == 200, measure
        print(
            f"{label} : {measure['seconds'] * 1000:.0f} ms, {measure['bytes'] / 1e6:.2f} Mo, "
            f"mémoire de pointe {measure['peak_mb']:.0f} Mo"
        )
        if url.endswith("/carte/donnees/"):
            results["map_payload_mb"] = measure["bytes"] / 1e6 * 20000 / total

    print("\nObjectifs :")
    for key, target in TARGETS.items():
        value = results[key]
        state = "OK" if value < target else "DÉPASSÉ"
        print(f"  {key} = {value:.2f} (objectif < {target}) {state}")


if __name__ == "__main__":
    main()
