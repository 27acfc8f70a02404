"""Generated good-practice cards for benchmarks: `seed_practices(n)` adds n published French
cards under the French practices index page, quickly, then rebuilds the search index once.

    DATABASE_URL=sqlite:////tmp/hub-bench.sqlite3 .venv/bin/python bench/seed.py 10000

Run it on a database already set up (`manage.py migrate && manage.py setup_site`, and
`manage.py load_demo` for the places' communes). Cards look like
the demo ones: titles and summaries from combinations, real communes with their postal and INSEE
codes (those of the demo cards and of the imported mediation actors), 1-3 themes, 1-2 territory
types and 0-3 audiences drawn with a skewed (Zipf-like) distribution, as real tags are: a few terms
carry most cards. Pages are created live without revisions (an editor who opens one gets the page
itself as the draft), search indexing and reference-index updates are off during the inserts, and
the search index is rebuilt once at the end.
"""

import json
import os
import random
import sys
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLUG_PREFIX = "bench-"
CHUNK = 500  # cards per transaction

ACTIONS = [
    ("Ateliers", "Des ateliers collectifs"),
    ("Permanence", "Une permanence hebdomadaire"),
    ("Club", "Un club mensuel"),
    ("Prêt", "Un service de prêt"),
    ("Parcours", "Un parcours en cinq séances"),
    ("Rendez-vous individuels", "Des rendez-vous individuels"),
    ("Semaine", "Une semaine d’animations"),
    ("Café numérique", "Un café numérique"),
]
SUBJECTS = [
    ("démarches en ligne", "pour faire ses démarches administratives en ligne"),
    ("smartphone", "pour apprivoiser son smartphone et ses applications"),
    ("recherche d’emploi", "pour préparer son CV et candidater en ligne"),
    ("arnaques en ligne", "pour reconnaître les arnaques et protéger ses comptes"),
    ("éducation aux médias", "pour vérifier une information et décrypter les images"),
    ("santé en ligne", "pour ouvrir et utiliser son espace santé"),
    ("tablettes", "pour emprunter une tablette connectée et apprendre à s’en servir"),
    ("ressources numériques", "pour découvrir la presse, les films et les cours en ligne"),
    ("programmation", "pour s’initier au code et à la robotique"),
    ("visioconférence", "pour garder le lien avec ses proches à distance"),
]
PUBLICS = [
    "pour les seniors",
    "en famille",
    "pour les jeunes",
    "pour les demandeurs d’emploi",
    "en langue facile",
    "pour tous",
    "pour les personnes allophones",
]
STRUCTURES = [
    ("Médiathèque municipale de {c}", "municipale"),
    ("Réseau des bibliothèques de {c}", "intercommunale"),
    ("Bibliothèque départementale, antenne de {c}", "departementale"),
    ("Point lecture de {c}", "point-lecture"),
    ("Association Numérique pour tous – {c}", "association"),
]
PARTNERS = [
    ("France Services", "France Services", "Reprise des démarches complexes"),
    ("CCAS", "CCAS", "Orientation des personnes accompagnées"),
    ("Mission locale", "Mission locale", "Orientation des jeunes"),
    ("Conseillers numériques du département", "Conseil départemental", "Animation des séances"),
    ("Centre social", "Association", "Accueil d’une partie des séances"),
    ("CAF", "Organisme social", "Intervention d’un agent"),
    ("Collège", "Établissement scolaire", "Participation des classes"),
]
CONTEXTS = [
    "<p>À l’accueil, les demandes d’aide se multipliaient sans que l’équipe ait de cadre pour y "
    "répondre. Les agents aidaient au cas par cas, souvent dans l’urgence.</p>",
    "<p>Le diagnostic du territoire montrait une forte part d’habitants éloignés du numérique et "
    "peu de lieux d’accompagnement à moins de vingt minutes.</p>",
    "<p>Les partenaires sociaux orientaient déjà leurs publics vers la bibliothèque, mais sans "
    "rendez-vous ni suivi : il fallait organiser l’accueil.</p>",
]
STEPS = [
    ("Faire le point avec les partenaires", "<p>Une réunion pour répartir les rôles.</p>"),
    ("Former l’équipe", "<p>Deux demi-journées avec un conseiller numérique.</p>"),
    ("Préparer les supports", "<p>Des fiches pas à pas imprimées et en ligne.</p>"),
    ("Ouvrir les inscriptions", "<p>À l’accueil, par téléphone et sur le portail.</p>"),
    ("Animer les séances", "<p>Six personnes au plus, deux animateurs.</p>"),
    ("Faire le bilan", "<p>Un questionnaire court et une réunion avec les partenaires.</p>"),
]
RESULTS = [
    "<p>Les participants reviennent seuls ensuite ; l’équipe se sent plus à l’aise.</p>",
    "<p>Les créneaux sont complets depuis le deuxième mois ; une liste d’attente est tenue.</p>",
]
TIPS = [
    "<p>Commencez petit : un créneau bien tenu vaut mieux que trois à moitié vides.</p>",
    "<p>Affichez le nom des animateurs : les usagers demandent une personne, pas un service.</p>",
]
CHECKLIST = [
    "Obtenir l’accord de la collectivité",
    "Réserver une salle équipée",
    "Former au moins deux agents",
    "Prévoir des supports imprimés",
    "Convenir d’une fiche de liaison avec les partenaires",
]
BUDGETS = ["0", "1k", "5k", "20k", "20k+"]
BUDGET_WEIGHTS = [30, 35, 20, 10, 5]
SETUP_TIMES = ["semaines", "1-3-mois", "3-6-mois", "6-mois-plus"]
SIZES = ["xs", "s", "m", "l", ""]


def setup_django(settings_module="hub.settings.dev"):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django

    django.setup()


def zipf_weights(count, exponent=1.1):
    """Weights of a skewed distribution: the first terms carry most of the cards."""
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


def weighted_sample(rng, population, weights, k):
    """k distinct items drawn with the given weights."""
    chosen = []
    pool, pool_weights = list(population), list(weights)
    for _ in range(min(k, len(pool))):
        item = rng.choices(pool, pool_weights)[0]
        at = pool.index(item)
        pool.pop(at)
        pool_weights.pop(at)
        chosen.append(item)
    return chosen


def communes():
    """(commune, postal code, INSEE code) of real places: the demo cards' and the actors'."""
    from places.models import Place

    cards = json.loads((ROOT / "practices" / "demo" / "cards.json").read_text(encoding="utf-8"))
    places = {(card["commune"], card["postal_code"], card["insee_code"]) for card in cards}
    places |= set(
        Place.objects.exclude(postal_code="")
        .exclude(commune="")
        .values_list("commune", "postal_code", "insee_code")
        .distinct()
    )
    return sorted(places)


def _card(rng, number, place, vocab, weights):
    """An unsaved card and its terms by through model."""
    from core.models import PageAudience, PageTerritoryType, PageTheme
    from practices.models import PracticePage

    commune, postal_code, insee_code = place
    (action, action_long), (subject, subject_long) = rng.choice(ACTIONS), rng.choice(SUBJECTS)
    public = rng.choice(PUBLICS)
    title = f"{action} {subject} {public} à {commune}"
    structure_pattern, structure_kind = rng.choice(STRUCTURES)
    themes = weighted_sample(rng, vocab["themes"], weights["themes"], rng.choice([1, 1, 2, 2, 3]))
    territories = weighted_sample(
        rng, vocab["territories"], weights["territories"], rng.choice([1, 1, 1, 2])
    )
    audiences = weighted_sample(
        rng,
        vocab["audiences"],
        weights["audiences"],
        rng.choices([0, 1, 2, 3], [20, 40, 28, 12])[0],
    )
    start = date(2019, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))
    finished = rng.random() < 0.4
    published = datetime(2022, 1, 1, 9, tzinfo=UTC) + timedelta(
        minutes=rng.randint(0, 3 * 365 * 24 * 60)
    )
    steps = rng.sample(STEPS, rng.randint(3, 5))
    partners = rng.sample(PARTNERS, rng.randint(1, 3))
    return PracticePage(
        title=title,
        slug=f"{SLUG_PREFIX}{number}",
        summary=(
            f"{action_long} {subject_long}, {public}, menés par la bibliothèque de {commune} "
            f"avec {partners[0][0]}."
        )[:280],
        structure_name=structure_pattern.format(c=commune),
        structure_kind=structure_kind,
        library_size=rng.choice(SIZES),
        commune=commune,
        postal_code=postal_code,
        insee_code=insee_code or "",
        context=rng.choice(CONTEXTS),
        steps=[("step", {"title": t, "text": text}) for t, text in steps],
        budget_range=rng.choices(BUDGETS, BUDGET_WEIGHTS)[0],
        staff=f"{rng.randint(1, 4)} agents, {rng.randint(0, 2)} conseiller(s) numérique(s)",
        volunteers=rng.choice([None, None, rng.randint(1, 12)]),
        setup_time=rng.choice(SETUP_TIMES),
        equipment="Une salle équipée de postes, un vidéoprojecteur, des tablettes de prêt.",
        partners=[("partner", {"name": n, "kind": k, "role": r}) for n, k, r in partners],
        results=rng.choice(RESULTS),
        indicators=[
            ("indicator", {"label": "Personnes accompagnées", "value": str(rng.randint(20, 900))}),
            ("indicator", {"label": "Séances par mois", "value": str(rng.randint(2, 20))}),
        ],
        difficulties="<p>Trouver des créneaux qui conviennent à tous les partenaires.</p>",
        tips=rng.choice(TIPS),
        checklist=[("item", text) for text in rng.sample(CHECKLIST, rng.randint(2, 4))],
        period_start=start,
        period_end=start + timedelta(days=rng.randint(60, 700)) if finished else None,
        status="terminee" if finished else "en-cours",
        contact_name="Responsable de l’espace numérique",
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
    ), {PageTheme: themes, PageTerritoryType: territories, PageAudience: audiences}


def _insert_bulk(cards: list, items: dict) -> None:
    """Write `cards` (unsaved PracticePages whose place, derived territory types and tree
    position are set, as `save()` sets them) and their tag rows with a few statements per
    chunk: the Page rows by `bulk_create`, the card rows by one `executemany` (multi-table
    inheritance: Django's bulk_create refuses it), the tag rows by `bulk_create`."""
    from django.db import connection
    from wagtail.models import Page

    from practices.models import PracticePage

    page_fields = [f for f in Page._meta.local_concrete_fields if f.name != "id"]
    created = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(c, f.attname) for f in page_fields}) for c in cards]
    )
    for card, page in zip(cards, created, strict=True):
        card.pk = card.id = card.page_ptr_id = page.pk
    child_fields = [f for f in PracticePage._meta.concrete_fields if f.model is not Page]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in child_fields)
    marks = ", ".join(["%s"] * len(child_fields))
    table = PracticePage._meta.db_table
    rows = [
        [f.get_db_prep_save(getattr(c, f.attname), connection) for f in child_fields] for c in cards
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)  # noqa: S608
    for through, chosen in items.items():
        through.objects.bulk_create(
            [through(content_object_id=card.pk, tag=t) for card, terms in chosen for t in terms],
            ignore_conflicts=True,
        )


PLACE_FIELDS = ("insee_code", "department", "region", "territory_derivation")


def _derived_place(card, known: dict) -> list:
    """`card._derive_place()` (what `save()` runs), once per commune: a new card has no
    territory types yet, so what it derives depends on its commune alone. Returns the derived
    territory types."""
    key = (card.commune, card.postal_code, card.insee_code)
    if key not in known:
        card._derive_place()
        known[key] = (
            {name: getattr(card, name) for name in PLACE_FIELDS},
            [item.tag for item in card.territory_items.all()],
        )
    values, derived = known[key]
    for name, value in values.items():
        setattr(card, name, value)
    return derived


def seed_practices(
    n: int, seed: int = 8, reindex: bool = True, progress=print, bulk: bool = False
) -> dict:
    """Add `n` generated published cards under the French practices index; returns timings.

    Numbers continue after the generated cards already there, so calling it twice adds 2n.
    `bulk`: the same cards and rows (the same random draws, the place derived as `save()`
    derives it), written with a few statements per chunk instead of one `save()` per card
    (no per-save signals: the search index is rebuilt at the end either way)."""
    from django.core.management import call_command
    from django.db import transaction
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler as search_signal_handler
    from wagtail.models import Page
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from core.models import Audience, PageTerritoryType, TerritoryType, Theme
    from practices.models import PracticeIndexPage, PracticePage

    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    rng = random.Random(seed)
    places = communes()
    vocab = {
        "themes": list(Theme.objects.order_by("sort_order", "name")),
        "territories": list(TerritoryType.objects.order_by("sort_order", "name")),
        "audiences": list(Audience.objects.order_by("sort_order", "name")),
    }
    # Skewed, but not in the editors' display order: shuffle which terms are the popular ones.
    weights = {}
    for key, terms in vocab.items():
        weights[key] = zipf_weights(len(terms))
        rng.shuffle(weights[key])
    start = PracticePage.objects.filter(slug__startswith=SLUG_PREFIX).count()
    # Tree paths are allocated here rather than by add_child(), which locks and re-reads the
    # parent and looks up its last child for every page; save(clean=False) skips full_clean
    # (values are valid by construction). Together about 3 times faster.
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    started = time.perf_counter()
    derived_places: dict = {}
    # Search indexing and reference-index updates per save would double the time: off during
    # the inserts (the signal handler queries even with AUTO_UPDATE False), one rebuild after.
    post_save.disconnect(search_signal_handler, sender=PracticePage)
    try:
        with disable_reference_index_auto_update():
            for chunk_start in range(start, start + n, CHUNK):
                with transaction.atomic():
                    items = defaultdict(list)
                    pending, pending_items = [], defaultdict(list)
                    for number in range(chunk_start, min(chunk_start + CHUNK, start + n)):
                        card, terms = _card(rng, number, rng.choice(places), vocab, weights)
                        step += 1
                        card.depth = index.depth + 1
                        card.path = Page._get_path(index.path, card.depth, step)
                        card.locale_id = index.locale_id
                        card._cached_parent_obj = index
                        if bulk:
                            # What save() sets: place and derived territory types (the same
                            # for every card of a commune: derived once per commune), URL path.
                            derived = _derived_place(card, derived_places)
                            card.set_url_path(index)
                            card.draft_title = card.title
                            terms[PageTerritoryType] = [*derived, *terms[PageTerritoryType]]
                            pending.append(card)
                            for through, chosen in terms.items():
                                pending_items[through].append((card, chosen))
                            continue
                        # Tags go in by bulk_create below: modelcluster would commit each
                        # relation with its own queries. No "created" log entry either.
                        card.save(clean=False, log_action=None)
                        for through, chosen in terms.items():
                            items[through] += [
                                through(content_object_id=card.pk, tag=t) for t in chosen
                            ]
                    if pending:
                        _insert_bulk(pending, pending_items)
                    for through, rows in items.items():
                        # A card's save may already have added the territory types derived
                        # from its commune (territories app): keep those, add the others.
                        through.objects.bulk_create(rows, ignore_conflicts=True)
                    Page.objects.filter(pk=index.pk).update(
                        numchild=Page.objects.child_of(index).count()
                    )
                done = min(chunk_start + CHUNK, start + n) - start
                progress(f"  {done}/{n} fiches ({time.perf_counter() - started:.0f} s)")
    finally:
        post_save.connect(search_signal_handler, sender=PracticePage)
    created_s = time.perf_counter() - started
    index_s = 0.0
    if reindex:
        began = time.perf_counter()
        call_command("update_index", verbosity=0)
        index_s = time.perf_counter() - began
    return {"cards": n, "create_s": created_s, "index_s": index_s, "places": len(places)}


def index_part(part: int, parts: int, chunk: int = 500) -> int:
    """Index the generated cards whose id is `part` modulo `parts` with the search backend's own
    `add_items`, as `update_index` does (same queryset, `get_indexed_objects()`), one transaction
    per chunk. Returns the number of cards indexed."""
    from wagtail.search.backends import get_search_backend

    from practices.models import PracticePage

    backend = get_search_backend()
    index = backend.get_index_for_model(PracticePage)
    cards = PracticePage.objects.filter(slug__startswith=SLUG_PREFIX).order_by("pk")
    # Cards already indexed are skipped: an interrupted indexing resumes where it stopped.
    indexed = cards.values_list("index_entries__object_id", flat=True)
    done = {int(pk) for pk in indexed if pk}
    ids = [pk for pk in cards.values_list("pk", flat=True) if pk % parts == part and pk not in done]
    for start in range(0, len(ids), chunk):
        objects = PracticePage.get_indexed_objects().filter(pk__in=ids[start : start + chunk])
        index.add_items(PracticePage, list(objects))
    return len(ids)


def index_in_parallel(workers: int) -> float:
    """Index the generated cards with `workers` processes (the indexing is Python work, a core
    each): the same entries as `update_index`, which at 100,000 cards takes over an hour on one
    core of a loaded machine. Returns the seconds taken."""
    import subprocess

    began = time.perf_counter()
    processes = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, __file__, "--index-part", str(part), str(workers)]
        )
        for part in range(workers)
    ]
    for process in processes:
        if process.wait() != 0:
            raise RuntimeError("an indexing process failed")
    return time.perf_counter() - began


def main():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=10000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--no-index", action="store_true", help="skip update_index at the end")
    parser.add_argument(
        "--bulk", action="store_true", help="a few statements per 500 cards, not one save() each"
    )
    parser.add_argument(
        "--index-workers",
        type=int,
        default=0,
        help="index the generated cards with N processes instead of update_index (no rebuild)",
    )
    parser.add_argument("--index-part", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    setup_django()
    if args.index_part:
        index_part(*args.index_part)
        return
    parallel = args.index_workers > 0
    report = seed_practices(
        args.count, seed=args.seed, reindex=not (args.no_index or parallel), bulk=args.bulk
    )
    if parallel:
        report["index_s"] = index_in_parallel(args.index_workers)
    print(
        f"{report['cards']} fiches créées en {report['create_s']:.1f} s "
        f"({report['places']} communes), index de recherche reconstruit en "
        f"{report['index_s']:.1f} s"
    )


if __name__ == "__main__":
    main()
