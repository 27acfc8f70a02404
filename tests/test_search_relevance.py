"""The relevance suite (issue 12): sentences, vocabulary words, acronyms, genders and numbers,
missing accents, operators typed as text, English queries on English pages. Each case names the
cards a query must find (in that order when `first` is set) and those it must not find; the same
expectations run on SQLite, PostgreSQL (`make test-postgres`) and the engine lane.
"""

import pytest

from tests import search_factories as f
from tests.test_search import search, titles

PERMANENCE = "Permanence d’aide aux démarches en ligne"
ATELIERS = "Ateliers smartphone pour les aînés"
CAFE = "Un café numérique au village"
CAF = "Rendez-vous CAF et prestations sociales"
MEDIATRICE = "La médiatrice numérique itinérante"
MEDIATEURS = "Formation des médiateurs du réseau"
MEDIATHEQUE = "Médiathèque : nouveau fonds de bandes dessinées"
MEDIAS = "Éducation aux médias pour les collégiens"
ARNAQUES = "Prévenir les arnaques en ligne"
EMPLOI = "Accueil des demandeurs d’emploi"
EMMAUS = "Du matériel à prix solidaire avec Emmaüs Connect"
QUARTIER = "Permanence au centre social du quartier"
EN_ADMIN = "Help with online administration in rural villages"
EN_PHONES = "Smartphone workshops for older people"
EN_CODING = "Coding club for teenagers"


def build_corpus():
    card = f.practice
    card(
        PERMANENCE,
        "Chaque semaine à l’accueil, un conseiller numérique aide à remplir les formulaires.",
        themes=["demarches-administratives"],
        territories=["bourgs-ruraux"],
        audiences=["seniors"],
        department="15",
        structure_name="Point lecture",
        commune="Murat",
    )
    card(
        ATELIERS,
        "Des séances collectives pour apprivoiser son téléphone portable.",
        territories=["petites-villes"],
        audiences=["seniors"],
        structure_name="Point lecture",
    )
    card(
        CAFE,
        "Rencontres conviviales autour des écrans, chaque mois.",
        territories=["rural-habitat-disperse"],
        structure_name="Point lecture",
    )
    card(
        CAF,
        "Un agent de la CAF reçoit à la bibliothèque pour les dossiers d’allocations.",
        themes=["e-administration-emploi-social"],
        structure_name="Point lecture",
    )
    card(
        MEDIATRICE,
        "Elle se déplace dans les bibliothèques rurales du réseau avec des tablettes.",
        territories=["rural-habitat-tres-disperse"],
        structure_name="Point lecture",
    )
    card(MEDIATEURS, "Les agents se forment ensemble chaque trimestre.", structure_name="Réseau")
    card(MEDIATHEQUE, "Le fonds s’enrichit de mangas.", structure_name="Point lecture")
    card(
        MEDIAS,
        "Vérifier une information, décrypter une image.",
        themes=["education-medias-information"],
        audiences=["jeunes"],
        structure_name="Point lecture",
    )
    card(
        ARNAQUES,
        "Reconnaître l’hameçonnage et protéger ses comptes.",
        themes=["usage-securise"],
        structure_name="Point lecture",
    )
    card(
        EMPLOI,
        "Préparer son CV et candidater.",
        audiences=["demandeurs-emploi"],
        structure_name="Point lecture",
    )
    card(
        EMMAUS,
        "Des ordinateurs reconditionnés pour les familles.",
        themes=["materiel-prix-solidaire"],
        structure_name="Point lecture",
    )
    card(
        QUARTIER,
        "Une permanence hebdomadaire avec les travailleurs sociaux.",
        territories=["qpv"],
        structure_name="Point lecture",
    )
    card(
        EN_ADMIN,
        "A weekly drop-in at the library for online forms.",
        language="en",
        territories=["bourgs-ruraux"],
        structure_name="Library",
    )
    card(
        EN_PHONES,
        "Group sessions to get to grips with a phone.",
        language="en",
        audiences=["seniors"],
        structure_name="Library",
    )
    card(
        EN_CODING,
        "Robots and code after school.",
        language="en",
        audiences=["jeunes"],
        structure_name="Library",
    )


# (language, query, must find, must not find, the first result or None)
CASES = [
    ("fr", "démarches en ligne en milieu rural", [PERMANENCE], [], PERMANENCE),
    ("fr", "médiation numérique en bibliothèque rurale", [MEDIATRICE], [], None),
    ("en", "online administration in rural areas", [EN_ADMIN], [EN_PHONES], EN_ADMIN),
    ("fr", "seniors", [PERMANENCE, ATELIERS], [CAFE], None),
    ("fr", "aînés", [ATELIERS, PERMANENCE], [CAFE], ATELIERS),
    ("fr", "aines", [ATELIERS, PERMANENCE], [], None),
    ("fr", "personnes âgées", [PERMANENCE, ATELIERS], [], None),
    ("en", "older people", [EN_PHONES], [EN_CODING], EN_PHONES),
    ("en", "seniors", [EN_PHONES], [], None),
    ("fr", "rural", [PERMANENCE, CAFE, MEDIATRICE], [ARNAQUES], None),
    ("fr", "ruraux", [PERMANENCE, CAFE, MEDIATRICE], [], None),
    ("fr", "CAF", [CAF], [CAFE], CAF),
    ("fr", "caf", [CAF], [CAFE], CAF),
    ("fr", "café", [CAFE], [CAF], CAFE),
    ("fr", "cafe", [CAFE], [CAF], CAFE),
    ("fr", "médiatrice", [MEDIATRICE, MEDIATEURS], [MEDIATHEQUE], None),
    ("fr", "médiateur", [MEDIATRICE, MEDIATEURS], [MEDIATHEQUE], None),
    ("fr", "mediatrices", [MEDIATRICE, MEDIATEURS], [MEDIATHEQUE], None),
    ("fr", "médiathèque", [MEDIATHEQUE], [MEDIATEURS], MEDIATHEQUE),
    ("fr", "bibliotheques", [CAF, MEDIATRICE], [], None),
    ("fr", "arnaque", [ARNAQUES], [], ARNAQUES),
    ("fr", "ARNAQUES", [ARNAQUES], [], ARNAQUES),
    ("fr", "hameçonnage", [ARNAQUES], [], ARNAQUES),
    ("fr", "Cantal", [PERMANENCE], [ATELIERS], PERMANENCE),
    ("fr", "Murat", [PERMANENCE], [], PERMANENCE),
    ("fr", "Emmaüs", [EMMAUS], [], EMMAUS),
    ("fr", "emmaus", [EMMAUS], [], EMMAUS),
    ("fr", "prix solidaire", [EMMAUS], [], EMMAUS),
    ("fr", "ordinateur reconditionné", [EMMAUS], [], EMMAUS),
    ("fr", "QPV", [QUARTIER], [], QUARTIER),
    ("fr", "quartier prioritaire", [QUARTIER], [], QUARTIER),
    ("fr", "demandeurs d’emploi", [EMPLOI], [], EMPLOI),
    ("fr", "chômeurs", [EMPLOI], [], EMPLOI),
    ("fr", "CV", [EMPLOI], [], EMPLOI),
    ("fr", "jeunes", [MEDIAS], [ATELIERS], MEDIAS),
    ("fr", "adolescents", [MEDIAS], [], MEDIAS),
    ("en", "teenagers", [EN_CODING], [], EN_CODING),
    ("fr", "éducation aux médias", [MEDIAS], [MEDIATHEQUE], MEDIAS),
    ("fr", "collégien", [MEDIAS], [], MEDIAS),
    ("fr", "smartphone", [ATELIERS], [EN_PHONES], ATELIERS),
    ("en", "smartphone", [EN_PHONES], [ATELIERS], EN_PHONES),
    ("fr", "téléphone portable", [ATELIERS], [], ATELIERS),
    ("fr", "itinérant", [MEDIATRICE], [], MEDIATRICE),
    ("fr", "villages", [CAFE], [], CAFE),
    ("fr", "e-administration", [PERMANENCE], [], None),
    ("fr", '"CAF" OR (allocations*', [CAF], [], CAF),
    ("fr", "title:arnaques -NEAR( ^2", [ARNAQUES], [], ARNAQUES),
    ("en", "library", [EN_ADMIN], [ATELIERS], None),
]


# Cases the osmem-server stand-in cannot pass, and why (a real engine is not affected).
STAND_IN_GAPS = {
    # Its index-time elision keeps "l’hameçonnage" whole (its _analyze endpoint does not).
    "hameçonnage": "osmem-server elision at index time",
}


def _failures(lane):
    failures = []
    for lang, q, found, absent, first in CASES:
        if lane.name != "database" and q in STAND_IN_GAPS:
            continue
        got = titles(search(lane, lang=lang, q=q))
        problems = [f"missing {t!r}" for t in found if t not in got]
        problems += [f"unwanted {t!r}" for t in absent if t in got]
        if first and got[:1] != [first]:
            problems.append(f"first is {got[:1]}, not {first!r}")
        if problems:
            failures.append(f"{lang} {q!r}: {'; '.join(problems)} (got {got})")
    return failures


def test_relevance_suite(lane):
    """At least 40 cases; every one holds on this lane."""
    assert len(CASES) >= 40
    build_corpus()
    lane.refresh()
    failures = _failures(lane)
    assert not failures, "\n".join(failures)


def test_a_sentence_of_only_stop_words_finds_nothing(lane):
    f.practice("Les démarches de la vie")
    assert search(lane, q="les de la").count == 0


@pytest.mark.parametrize("lang", ["fr"])
def test_the_words_looked_for_are_reported(lane, lang):
    results = search(lane, lang=lang, q="les ateliers de médiation")
    assert results.matched_words == ["ateliers", "médiation"]


def test_a_typo_gets_a_suggestion_instead_of_a_dead_end(lane, client):
    f.practice("Ateliers numériques", audiences=["seniors"])
    lane.refresh()
    results = search(lane, q="ateliers seniros")
    assert results.count == 1  # "ateliers" still matches: no dead end
    assert search(lane, q="seniros").suggestions == ["seniors"]
    html = client.get("/fr/recherche/?q=seniros").content.decode()
    assert 'href="?q=seniors"' in html
    assert client.get("/api/search/?q=seniros").json()["suggestions"] == ["seniors"]
