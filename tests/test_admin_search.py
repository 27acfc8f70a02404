"""Editors find their own pages fast (issue 20): the admin listings' search box and Wagtail's page
search rank the editor's pages, drafts included, with the search service's matching; listings
run a number of queries that does not grow with the page size."""

import copy
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.http import QueryDict
from django.template import Context
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from core.admin_cells import FAST
from core.admin_pages import Ranking
from core.vocabularies import vocabulary
from practices.models import PracticeIndexPage, PracticePage
from search.admin import admin_ranked
from search.service import parse_query, run_search
from tests import factories
from tests.submission_helpers import user_in

pytestmark = pytest.mark.django_db

LISTING = "/admin/practice_cards/"
PAGE_SEARCH = "/admin/pages/search/"
NO_MATCH = "Aucune page ne correspond à cette recherche."


def _titles(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(user_in(django_user_model, "Éditeurs"))
    return client


@pytest.fixture
def draft_card(lane):
    card = factories.practice(
        "Atelier au bibliobus des hameaux",
        summary="Le bibliobus accueille un atelier de calligraphie numérique dans six villages.",
        publish=False,
    )
    lane.refresh()
    return card


def test_editor_finds_a_draft_card_by_a_word_of_its_text(editor, draft_card):
    """A word of the summary (not of the title) finds the draft, in the cards listing and in
    Wagtail's page search, whose title header counts « pages » (Wagtail's said « None »)."""
    for url in (LISTING, PAGE_SEARCH):
        assert "Atelier au bibliobus des hameaux" in _titles(
            editor.get(url, {"q": "calligraphie"})
        ), url
    found = editor.get(PAGE_SEARCH, {"q": "calligraphie"})
    header = BeautifulSoup(found.content, "html.parser").find("th", class_="title")
    assert header.get_text(" ", strip=True) == "Titre 1-1 sur 1 page"


def test_admin_search_ranks_title_matches_first(editor, lane):
    factories.practice("Permanence numérique", summary="Un accueil au bibliobus le mardi.")
    factories.practice("Le bibliobus des villages", summary="Une tournée hebdomadaire.")
    lane.refresh()
    if lane.name != "database":
        pytest.skip("the engine's own ranking")
    page = _titles(editor.get(LISTING, {"q": "bibliobus"}))
    assert page.index("Le bibliobus des villages") < page.index("Permanence numérique")


@pytest.mark.parametrize("walk", [True, False], ids=["walk", "join"])
def test_the_first_results_are_the_first_of_the_whole_ranking(lane, many_cards, walk, monkeypatch):
    """A page of results is the head of the whole ranking: title matches first, then the
    latest revised, drafts never revised last, by id; the counts are of every match, in the
    cards' listing and across page types; a word being typed (« smartph ») as well. On
    PostgreSQL, a single word's title matches, then body matches, are read either by a walk
    through the pages in the order of their latest revision (a word in many pages) or from all
    of them joined and sorted (in few): both are checked."""
    monkeypatch.setattr("search.admin.WALK_PAGES", 10**9 if walk else 0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # the pages' estimate the choice reads
            cursor.execute("ANALYZE wagtailcore_page")
    guide = factories.guide("Le club numérique des parents")  # another page type
    factories.practice("Café numérique", summary="Jamais revu.", publish=False)
    factories.practice("Atelier du mardi", summary="Un club pour le numérique.")
    # in one title and many bodies: a first page of both title and body matches
    factories.practice("Smartphone en famille", summary="Des ateliers le samedi.")
    for n in (3, 10, 41):  # revised after the newer cards: the order of ids is not theirs
        PracticePage.objects.get(title=f"Club numérique n° {n}").save_revision()
    lane.refresh()
    if lane.name != "database":  # an engine's search ranks: the hook leaves it to Wagtail
        return
    for pages, model in ((PracticePage.objects.all(), None), (Page.objects.all(), Page)):
        for text in ("numérique", "club", "smartphone", "smartph"):
            whole = admin_ranked(pages, text, model=model)
            assert whole.total > 20, (text, model)
            for limit in (1, 7, 20):
                first = admin_ranked(pages, text, limit=limit, model=model)
                assert first.found == whole.found[:limit], (text, model, limit)
                assert first.counts == whole.counts, (text, model, limit)
    in_guides = admin_ranked(Page.objects.all(), "parents", limit=5, model=Page)
    assert (guide.pk, guide.content_type_id) in in_guides.found


def _lists(response, page) -> bool:
    return f"/admin/pages/{page.pk}/edit/" in _titles(response)


def test_a_word_being_typed_finds_the_words_it_begins(editor, lane):
    """As the editor types a title in the admin's search box: a word that is in no page as a
    word is the beginning of words (« ateli » finds « Atelier… », title matches first; after
    a whole word too); a word that is a word keeps its own matches (« médias » does not
    become « médiathèque »); capitals stay an exact word; the public search is unchanged."""
    factories.practice("Atelier d’écriture en bibliothèque", summary="Un rendez-vous mensuel.")
    factories.practice("Les médias et l’information", summary="Décrypter l’actualité en atelier.")
    factories.practice("Permanence CAFÉ", summary="Un café le mardi.")
    lane.refresh()
    if lane.name != "database":
        pytest.skip("an engine's full-text search (Wagtail's) matches whole words")
    for url in (LISTING, PAGE_SEARCH):
        page = _titles(editor.get(url, {"q": "ateli"}))
        assert page.index("Atelier d’écriture") < page.index("Les médias et"), url
        page = _titles(editor.get(url, {"q": "biblioth"}))
        assert "Atelier d’écriture" in page and "Les médias et" not in page, url
        page = _titles(editor.get(url, {"q": "information ateli"}))  # both words: first
        assert page.index("Les médias et") < page.index("Atelier d’écriture"), url
        page = _titles(editor.get(url, {"q": "médias"}))  # every card is « … Médiathèque … »
        assert "Les médias et" in page and "Atelier d’écriture" not in page, url
        page = _titles(editor.get(url, {"q": "CAFÉT"}))  # capitals: an acronym, found whole
        assert "Permanence CAFÉ" not in page, url
        page = _titles(editor.get(url, {"q": "zyxwv"}))
        assert "Atelier d’écriture" not in page and "Les médias et" not in page, url
    listing = editor.get(LISTING, {"q": "biblioth"})
    assert listing.context["paginator"].count == 1
    assert run_search(parse_query(QueryDict("q=ateli"), lang="fr")).count == 0


def test_admin_search_follows_each_save_and_each_deletion(editor, lane):
    """A page is found by the words it has now: renamed, by its new title and not its old one;
    deleted, no more (on PostgreSQL the search reads a word table its trigger keeps)."""
    card = factories.practice(
        "Atelier de calligraphie", summary="Rendez-vous du samedi.", publish=False
    )
    lane.refresh()
    assert _lists(editor.get(LISTING, {"q": "calligraphie"}), card)
    card.title = card.draft_title = "Atelier origami"
    card.save()
    lane.refresh()
    assert not _lists(editor.get(LISTING, {"q": "calligraphie"}), card)
    assert _lists(editor.get(LISTING, {"q": "origami"}), card)
    assert _lists(editor.get(PAGE_SEARCH, {"q": "origami"}), card)
    pk = card.pk
    card.delete()
    lane.refresh()
    assert f"/admin/pages/{pk}/edit/" not in _titles(editor.get(PAGE_SEARCH, {"q": "origami"}))


def test_admin_search_finds_pages_once_after_the_index_is_rebuilt(editor):
    """`update_index` (run after a deploy) empties and refills the database backend's index:
    the admin search still finds a card, once; on PostgreSQL the word table its trigger keeps
    holds each of the card's words once."""
    from django.core.management import call_command
    from django.db import connection

    card = factories.practice("Atelier de reliure", summary="Rendez-vous du jeudi.")
    call_command("update_index", verbosity=0)
    call_command("update_index", verbosity=0)
    response = editor.get(LISTING, {"q": "reliure"})
    assert _lists(response, card)
    assert response.context["paginator"].count == 1
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT COUNT(*), COUNT(DISTINCT lexeme) FROM search_entry_word "
                "WHERE object_id = %s AND content_type_id = %s",
                [card.pk, card.content_type_id],
            )
            rows, words = cursor.fetchone()
        assert rows == words > 0


def test_admin_search_of_a_synonym_of_several_words_wants_all_of_them(editor, lane):
    """« fablab » also asks for « fab lab » (a synonym group): a card with both words is found,
    a card with only one of them is not; a word the language ignores alone finds nothing. On an
    engine too (the query search.admin.admin_engine_query builds for Wagtail's search)."""
    from search.models import SynonymGroup

    SynonymGroup.objects.create(terms="fablab, fab lab")
    factories.practice("Visite du fab lab", summary="Découpe laser et impression 3D.")
    factories.practice("Visite du laboratoire", summary="Le lab de la ville et ses machines.")
    lane.refresh()
    for url in (LISTING, PAGE_SEARCH):
        page = _titles(editor.get(url, {"q": "fablab"}))
        assert "Visite du fab lab" in page, url
        assert "Visite du laboratoire" not in page, url
    for url in (LISTING, PAGE_SEARCH):
        response = editor.get(url, {"q": "les"})
        assert response.status_code == 200
        assert "Visite du" not in _titles(response), url


def test_listing_search_keeps_the_listings_filters(editor, lane):
    """Searching with a term filter on: only the matching cards having the term, and the count
    says so (the search ranks the listing's pages on the page table, filters included)."""
    kept = factories.practice("Bibliobus numérique", themes=("demarches-administratives",))
    left = factories.practice("Bibliobus des familles", themes=("formation-personnels",))
    lane.refresh()
    theme = vocabulary("theme").tag.objects.get(slug="demarches-administratives")
    response = editor.get(LISTING, {"q": "bibliobus", "theme": theme.pk})
    assert _lists(response, kept)
    assert not _lists(response, left)
    assert response.context["paginator"].count == 1
    assert NO_MATCH not in response.content.decode()
    assert _lists(editor.get(LISTING, {"q": "bibliobus"}), left)
    nothing = editor.get(LISTING, {"q": "calligraphie"})  # in no card: no row, counted 0
    assert nothing.context["paginator"].count == 0
    assert not nothing.context["object_list"]
    header = BeautifulSoup(nothing.content, "html.parser").find("th", class_="title")
    assert header.get_text(" ", strip=True) == f"Titre {NO_MATCH}"  # not Wagtail's "1-0 sur 0"


def test_a_ranking_of_no_match_holds_no_page(lane):
    """The database backend's ranking of a word in no card: no page id (not even a stand-in
    row for the count of a content type), counts empty; of a word in one card: that card."""
    card = factories.practice("Bibliobus numérique", summary="Des ateliers dans les hameaux.")
    lane.refresh()
    if lane.name != "database":  # an engine's search ranks: the hook leaves it to Wagtail
        assert admin_ranked(PracticePage.objects.all(), "hameaux", limit=20) is None
        return
    for pages, model in ((PracticePage.objects.all(), None), (Page.objects.all(), Page)):
        assert admin_ranked(pages, "calligraphie", limit=20, model=model) == Ranking([], {})
        found = admin_ranked(pages, "hameaux", limit=20, model=model)
        assert found.found == [(card.pk, card.content_type_id)], model
        assert found.total == 1


def test_draft_found_in_admin_is_never_in_public_search(editor, draft_card):
    assert "Atelier au bibliobus des hameaux" in _titles(editor.get(LISTING, {"q": "bibliobus"}))
    results = run_search(parse_query(QueryDict("q=bibliobus+calligraphie"), lang="fr"))
    assert draft_card.pk not in [hit.page.pk for hit in results.hits]
    assert results.count == 0
    editor.logout()
    assert "Atelier au bibliobus" not in _titles(editor.get("/fr/recherche/", {"q": "bibliobus"}))


def test_editor_without_permission_on_a_section_does_not_find_its_pages(
    client, django_user_model, draft_card
):
    """A contributor may only see the contributors' workspace: the practices section's cards,
    draft or live, stay out of their search."""
    factories.practice("Bibliobus publié", summary="Le bibliobus en tournée.")
    client.force_login(user_in(django_user_model, "Contributeurs"))
    for url in (PAGE_SEARCH, LISTING):
        page = _titles(client.get(url, {"q": "bibliobus"}))
        assert "Atelier au bibliobus des hameaux" not in page, url
        assert "Bibliobus publié" not in page, url


CARDS = 60  # more than one page of the listing (50 rows): growth per row would show


@pytest.fixture
def many_cards(db):
    for n in range(CARDS):
        factories.practice(
            f"Club numérique n° {n}",
            summary="Un club mensuel pour apprivoiser son smartphone.",
            publish=n % 3 != 0,
            audiences=("seniors", "jeunes") if n % 2 else ("seniors",),
        )
    return PracticeIndexPage.objects.get(locale__language_code="fr")


def test_listing_queries_do_not_grow_with_page_size(
    editor, many_cards, django_assert_max_num_queries
):
    """Each screen shows a full page of the 60 cards in a fixed number of queries: locales,
    workflow states and the translation buttons come in batches, not one query per row (the
    budgets are the counts measured, plus two)."""
    seniors = vocabulary("audience").tag.objects.get(slug="seniors")
    screens = [  # (url, parameters, rows on the first page, queries at most)
        (LISTING, None, 50, 38),
        (LISTING, {"q": "smartphone"}, 50, 43),
        (LISTING, {"audience": seniors.pk}, 50, 39),
        (PAGE_SEARCH, {"q": "smartphone"}, 20, 32),
        (f"/admin/pages/{many_cards.pk}/", None, 50, 45),
    ]
    for url, params, rows, budget in screens:
        editor.get(url, params)  # per-process caches (content types, site roots) warm
        with django_assert_max_num_queries(budget):
            response = editor.get(url, params)
        assert response.status_code == 200
        shown = set(re.findall(r"Club numérique n° (\d+)", response.content.decode()))
        assert len(shown) == rows, (url, params)


def _markup(html) -> str:
    """HTML with its layout whitespace removed (the templates indent, Python does not), and
    apostrophes as the `translate` tag leaves them (Python escapes them in attributes)."""
    html = re.sub(r"\s+", " ", str(html)).replace("&#x27;", "'")
    return re.sub(r"\s*([<>])\s*", r"\1", html).replace(' "', '"')


def _cells_compared(client, url):
    """Each row's cells, written in Python and by Wagtail's templates: [(ours, Wagtail's)]."""
    response = client.get(url)
    assert response.status_code == 200
    table = response.context["table"]
    context = Context(response.context[0].flatten())
    fast = [column for column in table.columns.values() if type(column) in FAST.values()]
    compared = []
    for row in table.rows:
        with context.push(row=row):
            for column in fast:
                wagtails = copy.copy(column)
                wagtails.__class__ = type(column).__mro__[1]
                compared.append(
                    (
                        column.render_cell_html(row.instance, context),
                        wagtails.render_cell_html(row.instance, context),
                    )
                )
    return compared


def test_python_cells_write_the_markup_of_wagtails_templates(editor, many_cards, django_user_model):
    """The listing's cells written in Python (core.admin_cells) give the HTML of Wagtail's own
    cell templates, row by row: live and draft cards, a locked card, a private card, the "…"
    menu with its buttons (for an editor, a contributor who may not publish, a moderator, an
    administrator); so an upgrade of Wagtail that changes its markup shows here."""
    newest = PracticePage.objects.order_by("-latest_revision_created_at")  # the listing's order
    locked, private = newest[1], newest[2]
    locked.locked, locked.locked_by = True, django_user_model.objects.create_user("autre")
    locked.save()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    others = [user_in(django_user_model, group) for group in ("Contributeurs", "Modérateurs")]
    others.append(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    menus = set()
    for user in others:
        client = Client()
        client.force_login(user)
        for ours, wagtails in _cells_compared(client, LISTING):
            assert _markup(ours) == _markup(wagtails), user.username
            menus.add(len(re.findall(r"<a href", ours)))
    assert len(menus) > 2, "the users' menus differ"  # their rights show
    # the sections: their "→" (children to explore) or "+" (a first child to add)
    rows = _cells_compared(editor, f"/admin/pages/{many_cards.get_parent().pk}/")
    assert any('class="children"' in ours for ours, _w in rows)
    assert [_markup(ours) for ours, _w in rows] == [_markup(w) for _o, w in rows]
    rows = _cells_compared(editor, f"{PAGE_SEARCH}?q=smartphone")  # its page type column
    assert len(rows) > 20 and any("Fiche de bonne pratique" in ours for ours, _w in rows)
    assert [_markup(ours) for ours, _w in rows] == [_markup(w) for _o, w in rows]
    for url in (LISTING, f"/admin/pages/{many_cards.pk}/"):
        response = editor.get(url)
        table = response.context["table"]
        context = Context(response.context[0].flatten())
        fast = [column for column in table.columns.values() if type(column) in FAST.values()]
        assert {type(column).__name__ for column in fast} >= {
            "FastPageTitleColumn",
            "FastDateColumn",
            "FastPageStatusColumn",
            "FastBulkActionsColumn",
        }
        if url != LISTING:  # the explorer: its "→" column too
            assert "FastNavigateToChildrenColumn" in {type(column).__name__ for column in fast}
        for row in table.rows:
            with context.push(row=row):
                for column in fast:
                    wagtails = copy.copy(column)
                    wagtails.__class__ = type(column).__mro__[1]
                    assert _markup(column.render_cell_html(row.instance, context)) == _markup(
                        wagtails.render_cell_html(row.instance, context)
                    ), (url, column.name, row.instance.title)
        if url == LISTING:
            page = response.content.decode()
            assert "indicator--is-dimmed" in page and "privacy-indicator" in page


def test_a_hook_that_changes_the_rows_menu_is_heard(editor, many_cards):
    """A project hook that removes an item of the "…" menu (`construct_page_listing_buttons`)
    or adds one (`register_page_listing_more_buttons`) changes the rows as in Wagtail's own
    listing: the menu written in Python gives way to Wagtail's buttons when a hook reads them."""
    from wagtail import hooks
    from wagtail.admin.widgets.button import Button

    def without_delete(buttons, page, user, context=None):
        for button in buttons:
            if hasattr(button, "dropdown_buttons"):
                button.dropdown_buttons[:] = [
                    item for item in button.dropdown_buttons if "/delete/" not in (item.url or "")
                ]

    def with_a_report(page, user, next_url=None):
        yield Button("Signaler", url=f"/signaler/{page.pk}/", icon_name="warning", priority=25)

    plain = editor.get(LISTING).content.decode()
    assert "/delete/" in plain and "/signaler/" not in plain
    with hooks.register_temporarily("construct_page_listing_buttons", without_delete):
        rows = _cells_compared(editor, LISTING)
        assert not [ours for ours, _w in rows if "/delete/" in ours]
        assert [_markup(ours) for ours, _w in rows] == [_markup(w) for _o, w in rows]
    with hooks.register_temporarily("register_page_listing_more_buttons", with_a_report):
        rows = _cells_compared(editor, LISTING)
        titles = [ours for ours, _w in rows if "data-listing-page-title" in ours]
        assert len(titles) == 50 and all("/signaler/" in title for title in titles)
        # between "Copy" (20) and "Delete" (30), as Wagtail orders them
        assert all(t.index("/copy/") < t.index("/signaler/") < t.index("/delete/") for t in titles)
        assert [_markup(ours) for ours, _w in rows] == [_markup(w) for _o, w in rows]


@pytest.mark.parametrize("group", ["Éditeurs", "Modérateurs", "Contributeurs", ""])
def test_explorable_pages_are_the_pages_wagtail_lets_explore(django_user_model, group):
    """The listings' permission condition (core.admin_pages.explorable_condition) keeps
    exactly the pages of Wagtail's `explorable_instances`, for each group and for none."""
    from wagtail.models import Page
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from core.admin_pages import explorable

    factories.practice("Une fiche", summary="Pour avoir une page sous la section.")
    user = user_in(django_user_model, group, username=f"membre-{group or 'aucun'}")
    policy = PagePermissionPolicy()
    wagtails = set(policy.explorable_instances(user).values_list("pk", flat=True))
    ours = set(explorable(Page.objects.all(), policy, user).values_list("pk", flat=True))
    assert ours == wagtails
    if group == "Éditeurs":
        assert len(wagtails) > 10  # the sections, their ancestors and the card


@pytest.mark.parametrize("group", ["Éditeurs", "Modérateurs", "Contributeurs", ""])
def test_explorable_pages_below_a_page_are_wagtails(django_user_model, group):
    """Below any page of the tree (the explorer's children and descendants), the condition
    narrowed to that page (dropped where the editor may explore the whole subtree) keeps
    exactly Wagtail's explorable pages among them."""
    from wagtail.models import Page
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from core.admin_pages import explorable, explorable_condition

    factories.practice("Une fiche", summary="Pour avoir une page sous la section.")
    user = user_in(django_user_model, group, username=f"membre-{group or 'aucun'}")
    policy = PagePermissionPolicy()
    wagtails = set(policy.explorable_instances(user).values_list("pk", flat=True))
    dropped = 0
    for parent in Page.objects.all():
        for pages in (Page.objects.child_of(parent), Page.objects.descendant_of(parent)):
            ours = set(explorable(pages, policy, user, parent.path).values_list("pk", flat=True))
            assert ours == wagtails & set(pages.values_list("pk", flat=True)), parent.title
        dropped += explorable_condition(policy, user, parent.path) is None
    if group == "Éditeurs":
        assert dropped > 3  # the sections and the pages below them need no condition


def test_term_checkboxes_write_the_markup_of_djangos_templates():
    """The vocabulary checkboxes written in Python (core.admin_forms.TermCheckboxes, the
    listings' filter drawer and the page editor) give Django's templates' HTML exactly."""
    from core.admin_forms import TermCheckboxes, VocabularyChoiceField

    class Templated(TermCheckboxes):
        OWN_TEMPLATES = ()

    for v in (vocabulary("theme"), vocabulary("territory")):
        field = VocabularyChoiceField(v.tag.objects.all())
        slugs = list(v.tag.objects.values_list("slug", flat=True)[:2])
        for value, attrs in ((None, None), (slugs, {"id": f"id_{v.param}"}), ([], {"class": "x"})):
            ours = field.widget.render(v.param, value, attrs)
            field.widget.__class__ = Templated
            assert ours == field.widget.render(v.param, value, attrs)
            field.widget.__class__ = TermCheckboxes
        assert ours.count('type="checkbox"') == v.tag.objects.count() > 1


def test_filter_drawer_lists_its_choices_without_server_side_cursors(editor, django_user_model):
    """The listing's filters offer every term, the owners and the sites, read by plain
    queries: no server-side cursor per list on PostgreSQL (core.admin_pages.ListedChoiceIterator;
    the statements as PostgreSQL received them, which is where a DECLARE shows). Wagtail's own
    checkbox filters are written in Django's markup, as the terms are, not the site's DSFR one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    from core.models import page_vocabularies

    card = factories.practice("Une fiche", summary="Pour avoir un propriétaire dans les filtres.")
    card.owner = django_user_model.objects.get(username="éditeurs")
    card.save()
    with CaptureQueriesContext(connection) as queries:
        response = editor.get(LISTING)
    assert response.status_code == 200
    assert not [q["sql"] for q in queries.captured_queries if "DECLARE" in q["sql"]]
    form = response.context["filters"].form
    for v in page_vocabularies():
        html = str(form[v.param])
        assert html.count('type="checkbox"') == v.tag.objects.count() > 0
    owners = [value for value, _label in form.fields["owner"].choices if value]
    assert [str(value) for value in owners] == [str(card.owner.pk)]
    site = Site.objects.get()
    html = str(form["site"])
    assert f'<label for="id_site_0"><input type="checkbox" name="site" value="{site.pk}"' in html
    assert "fr-label" not in html


def test_listing_counts_the_pages_it_lists(client, django_user_model, many_cards):
    """The listing's count (made on the page table alone, core.admin_pages.narrow_count) is the
    number of pages it lists: every card, the cards of a term, and none for a contributor
    without rights on the practices section."""
    from django.core.paginator import Paginator

    seniors = vocabulary("audience").tag.objects.get(slug="seniors")
    jeunes = vocabulary("audience").tag.objects.get(slug="jeunes")
    editor = user_in(django_user_model, "Éditeurs")
    contributor = user_in(django_user_model, "Contributeurs")
    for user, params, expected in [
        (editor, {}, PracticePage.objects.count()),
        (editor, {"audience": seniors.pk}, CARDS),
        (editor, {"audience": jeunes.pk}, CARDS // 2),
        (editor, {"audience": [seniors.pk, jeunes.pk], "has_child_pages": "false"}, CARDS),
        (contributor, {}, 0),
    ]:
        client.force_login(user)
        response = client.get(LISTING, params)
        assert response.status_code == 200
        paginator = response.context["paginator"]
        assert paginator.count == expected, (user.username, params)
        # …and the count of the listing's own rows, as Wagtail counts them
        full = Paginator(response.context["view"].get_queryset(), 50)
        assert full.count == expected, (user.username, params)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL planner settings")
def test_the_admin_search_settings_last_for_its_statement_only(editor, draft_card):
    """The admin search sets PostgreSQL's memory and planner settings for its statement
    (search.admin.index_scans); in a transaction that goes on after it (a test's, a view's),
    they are back to the session's values."""
    from search.admin import index_scans

    names = ["work_mem", "parallel_tuple_cost", "parallel_setup_cost", "enable_seqscan"]

    def current():
        with connection.cursor() as cursor:
            cursor.execute("SELECT name, setting FROM pg_settings WHERE name = ANY(%s)", [names])
            return dict(cursor.fetchall())

    before = current()
    with index_scans(gin=True):
        inside = current()
    assert inside["enable_seqscan"] == "off" and inside["parallel_tuple_cost"] == "0.02"
    assert inside["work_mem"] == str(32 * 1024)  # kB
    assert current() == before
    assert "Atelier au bibliobus des hameaux" in _titles(editor.get(LISTING, {"q": "calligraphie"}))
    assert current() == before
