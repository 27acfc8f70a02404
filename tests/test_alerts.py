"""Follow a search: RSS and Atom feeds of any search URL, e-mail alerts with double opt-in,
digests queued by `send_alerts` (idempotent, resumable), one-click unsubscribe, manage page."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from alerts import sending, tokens
from alerts.mail import manage_url
from alerts.models import Alert, Delivery, Subscriber
from core.models import OutgoingEmail
from core.outbox import send_pending
from core.signed_links import make
from tests import factories as f
from tests.alert_helpers import (
    confirm_link,
    follow,
    follow_and_confirm,
    last_email,
    links,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
LATER = timedelta(days=1, minutes=1)


@pytest.fixture(autouse=True)
def clean_state(settings):
    translation.activate("fr")
    settings.SUBMISSION_RATE_LIMIT = 100  # many follows from one test client
    cache.clear()
    mail.outbox.clear()


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314 - our own feed, in a test


def run(now=None, **kwargs):
    return sending.send_alerts(now=now or timezone.now() + LATER, **kwargs)


def digests():
    return list(OutgoingEmail.objects.filter(kind="alerts.digest").order_by("pk"))


# --- Feeds -------------------------------------------------------------------------------------


def test_rss_feed_is_valid_rss_with_the_searchs_pages_newest_first(client):
    f.practice("Permanence démarches à Vallon")
    f.practice("Atelier photo", themes=("loisirs-creations",))
    f.practice("Aide aux impôts en ligne")
    response = client.get(reverse("alerts_rss"), {"theme": "demarches-administratives"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = parse_xml(response.content)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required)
    assert "Aide aux démarches administratives" in channel.findtext("title")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [
        "Aide aux impôts en ligne",
        "Permanence démarches à Vallon",
    ]
    for item in items:
        assert item.findtext("link").startswith("http://testserver/fr/")
        assert item.findtext("guid").startswith("http://testserver/fr/")
        assert item.findtext("pubDate")
    assert channel.findtext("link").startswith("http://testserver/fr/recherche/?")


def test_atom_feed_is_valid_atom_with_absolute_links(client):
    f.practice("Permanence démarches à Vallon")
    response = client.get(reverse("alerts_atom"), {"q": "permanence", "bogus": "x"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{required}")
    self_link = [x for x in feed.findall(f"{ATOM}link") if x.get("rel") == "self"][0]
    assert self_link.get("href").startswith("http://testserver/fr/suivre/atom/?")
    (entry,) = feed.findall(f"{ATOM}entry")
    for required in ("id", "title", "updated"):
        assert entry.findtext(f"{ATOM}{required}")
    assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/fr/")


def test_feed_of_a_search_that_matches_nothing_is_a_valid_empty_feed(client):
    response = client.get(reverse("alerts_rss"), {"q": "zzzzqqq", "theme": "nimporte"})
    assert response.status_code == 200
    assert parse_xml(response.content).find("channel").findall("item") == []


def _feed_items(client, path, params=None):
    channel = parse_xml(client.get(path, params or {}).content).find("channel")
    return [(i.findtext("title"), i.findtext("link")) for i in channel.findall("item")]


def _search_page_items(params, lang):
    """The first page of the same search on the search page, newest first, as absolute links."""
    from django.http import QueryDict

    from alerts.searches import parse
    from search.service import run_search

    results = run_search(parse(QueryDict(params), lang))
    return [(hit.page.title, f"http://testserver{hit.url}") for hit in results.hits]


def _dated(page, days_ago):
    """Distinct publication dates, so that "newest first" is one order."""
    moment = timezone.now() - timedelta(days=days_ago)
    type(page).objects.filter(pk=page.pk).update(first_published_at=moment)
    return page


@pytest.mark.parametrize(
    "params",
    [
        "theme=demarches-administratives",
        "theme=demarches-administratives&territory=bourgs-ruraux",
        "audience=seniors&audience=jeunes&territory=petites-villes",
        "department=12&type=pratique",
        "type=guide",
        "",
        "q=fiche",
        "q=guide+démarches",
        "q=jeunes&territory=bourgs-ruraux",
    ],
)
def test_a_feed_lists_the_newest_results_of_its_search_with_their_own_links(client, params):
    """A feed's items are the first page of the same search, newest first, each linked by the
    page's own URL on the request's host; drafts and private pages stay out of both."""
    from tests.search_factories import make_private

    for n in range(12):
        _dated(
            f.practice(
                f"Fiche n° {n}",
                themes=[("demarches-administratives", "loisirs-creations")[n % 2]],
                territories=[("bourgs-ruraux", "petites-villes")[n % 3 == 0]],
                audiences=[("seniors", "jeunes", "familles-enfants")[n % 3]],
                department=("12", "69")[n % 4 == 0],
            ),
            days_ago=(n * 7) % 12,
        )
    _dated(f.guide("Guide des démarches", themes=["demarches-administratives"]), days_ago=3)
    f.practice("Brouillon démarches", publish=False)
    make_private(f.practice("Fiche réservée aux démarches"))
    expected = _search_page_items(params, "fr")
    assert expected, params
    items = _feed_items(client, f"/fr/suivre/rss/?{params}")
    assert items == expected
    for _title, link in items:
        assert client.get(link.removeprefix("http://testserver")).status_code == 200
    atom = parse_xml(client.get(f"/fr/suivre/atom/?{params}").content)
    links = [e.find(f"{ATOM}link").get("href") for e in atom.findall(f"{ATOM}entry")]
    assert links == [link for _title, link in expected]


def test_an_english_feed_lists_english_pages_with_english_links(client):
    f.practice("Permanence démarches à Vallon")
    english = f.practice("Digital help desk", language="en")
    items = _feed_items(client, "/en/follow/rss/", {"theme": "demarches-administratives"})
    assert items == [("Digital help desk", f"http://testserver{english.url}")]
    assert items == _search_page_items("theme=demarches-administratives", "en")
    assert english.url.startswith("/en/")


def test_a_feed_reads_two_statements_however_many_items(
    client, settings, django_assert_max_num_queries
):
    """With the values kept per content generation (as in production: the site, the terms,
    the root page, the private sections, the visible pages' statement), a feed is the newest
    matching ids then their fields, two statements for one item or ten; a publish or a new
    restriction is seen at once."""
    from tests.search_factories import make_private

    settings.FRAGMENT_CACHE = True
    cache.clear()
    try:
        url = "/fr/suivre/rss/?theme=demarches-administratives&territory=bourgs-ruraux"
        first = f.practice("Fiche n° 0")
        client.get(url)  # the kept values are read once
        with django_assert_max_num_queries(2):
            assert len(_feed_items(client, url)) == 1
        for n in range(1, 12):
            f.practice(f"Fiche n° {n}")
        client.get(url)
        with django_assert_max_num_queries(2):
            assert len(_feed_items(client, url)) == 10
        make_private(first)
        newest = f.practice("Fiche publiée à l’instant")
        titles = [title for title, _link in _feed_items(client, url)]
        assert titles[0] == newest.title and first.title not in titles
    finally:
        cache.clear()


def test_search_page_links_its_feeds_in_head_and_body_in_both_languages(client):
    page = client.get("/fr/recherche/?theme=demarches-administratives&q=aide").content.decode()
    assert (
        'rel="alternate" type="application/rss+xml" title="Flux RSS de cette recherche" '
        'href="http://testserver/fr/suivre/rss/?q=aide&amp;theme=demarches-administratives"'
    ) in page
    assert (
        'href="http://testserver/fr/suivre/atom/?q=aide&amp;theme=demarches-administratives"'
        in page
    )
    assert "Suivre cette recherche" in page
    assert 'name="search" value="q=aide&amp;theme=demarches-administratives"' in page
    english = client.get("/en/search/?q=help").content.decode()
    assert 'type="application/rss+xml"' in english and "http://testserver/en/" in english


def test_search_page_with_the_follow_form_stays_cacheable(client):
    """The form has no CSRF token, so the page cache can keep the search page."""
    response = client.get("/fr/recherche/?q=aide")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.wsgi_request.META.get("CSRF_COOKIE_USED")


def _term_feeds(content):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(content, "html.parser")
    return {a["href"]: a.get_text(strip=True) for a in page.select("a.hub-term-feed")}


def test_each_term_of_a_card_links_to_the_feed_of_its_search(client):
    card = f.practice("Permanence démarches à Vallon")
    feeds = _term_feeds(client.get(card.url).content)
    assert feeds["/fr/suivre/rss/?theme=demarches-administratives"] == (
        "Flux RSS des nouveautés « Aide aux démarches administratives »"
    )
    assert feeds["/fr/suivre/rss/?territory=bourgs-ruraux"] == (
        "Flux RSS des nouveautés « Bourgs ruraux »"
    )
    assert "/fr/suivre/rss/?audience=seniors" in feeds
    # The feed followed from a term is that term's search.
    rss = parse_xml(client.get("/fr/suivre/rss/?territory=bourgs-ruraux").content)
    assert [i.findtext("title") for i in rss.find("channel").findall("item")] == [card.title]


def test_search_results_link_each_term_to_its_search_and_its_feed(client):
    f.practice("Permanence démarches à Vallon")
    content = client.get("/fr/recherche/?q=permanence").content
    assert "/fr/suivre/rss/?audience=seniors" in _term_feeds(content)
    assert b'class="fr-tag fr-tag--sm" href="/fr/recherche/?audience=seniors"' in content
    english = f.practice("Digital help desk", language="en")
    assert "/en/follow/rss/?theme=demarches-administratives" in _term_feeds(
        client.get(english.url).content
    )


# --- Following: double opt-in -------------------------------------------------------------------


def test_following_stores_an_unconfirmed_alert_and_queues_the_confirmation_link(client):
    response = follow(client, "theme=demarches-administratives&theme=nimporte&page=3&sort=titre")
    assert response.status_code == 302
    alert = Alert.objects.get()
    assert alert.subscriber.email == "camille@example.org"
    assert alert.search == "theme=demarches-administratives"  # unknown value, page, sort dropped
    assert alert.confirmed_at is None
    email = last_email("alerts.confirm")
    assert email.recipient_list == ["camille@example.org"]
    assert "Thématiques : Aide aux démarches administratives" in email.body
    assert "/fr/suivre/confirmer/" in confirm_link(email)
    page = client.get(response["Location"]).content.decode()
    assert "Confirmez votre alerte" in page


def test_nothing_is_sent_to_an_unconfirmed_address(client):
    follow(client)
    f.practice("Nouvelle permanence")
    report = run()
    assert report.due == 0 and digests() == []


def test_confirming_twice_says_it_is_already_confirmed(client):
    follow(client)
    link = confirm_link(last_email("alerts.confirm"))
    assert "Alerte confirmée" in client.get(link).content.decode()
    again = client.get(link)
    assert again.status_code == 200
    assert "Alerte déjà confirmée" in again.content.decode()


def test_following_again_a_confirmed_search_changes_nothing_and_says_so_by_mail(client):
    alert = follow_and_confirm(client)
    follow(client, frequency="weekly")
    assert Alert.objects.count() == 1
    alert.refresh_from_db()
    assert alert.frequency == "daily"
    assert "Vous la suivez déjà" in last_email("alerts.already").body


def test_forged_and_expired_confirmation_links_get_clear_messages(client):
    follow(client)
    link = confirm_link(last_email("alerts.confirm"))
    forged = client.get(link[:-3] + "xx/")
    assert forged.status_code == 400
    assert "Ce lien n’est pas valide" in forged.content.decode()
    alert = Alert.objects.get()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            "django.core.signing.time.time", lambda: timezone.now().timestamp() + 8 * 86400
        )
        expired = client.get(link)
    assert expired.status_code == 410
    assert "Ce lien a expiré" in expired.content.decode()
    alert.refresh_from_db()
    assert alert.confirmed_at is None


def test_a_confirmation_link_for_another_address_is_refused(client):
    follow(client)
    alert = Alert.objects.get()
    token = make(tokens.CONFIRM, alert.pk, "intrus@example.org")
    response = client.get(reverse("alerts_confirm", args=[token]))
    assert response.status_code == 400


def test_bad_input_keeps_what_was_typed_with_a_french_message(client):
    response = follow(client, email="pas-une-adresse", frequency="")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Indiquez une adresse électronique valide" in page
    assert "Choisissez une fréquence" in page
    assert 'value="pas-une-adresse"' in page
    assert Alert.objects.count() == 0


def test_robots_are_refused_like_on_the_submission_form(client):
    response = follow(client, website="http://spam.example")
    assert response.status_code == 400
    assert "doit rester vide" in response.content.decode()
    assert Subscriber.objects.count() == 0


def test_follow_is_rate_limited_per_connection(client, settings):
    settings.SUBMISSION_RATE_LIMIT = 2
    follow(client, "q=a1")
    follow(client, "q=a2")
    response = follow(client, "q=a3")
    assert response.status_code == 429
    assert Alert.objects.count() == 2


# --- Digests ------------------------------------------------------------------------------------


def test_digest_lists_new_and_updated_matching_pages_grouped_by_type(client):
    old = f.practice("Ancienne permanence démarches")
    alert = follow_and_confirm(client)
    f.practice("Nouvelle permanence démarches")
    f.practice("Atelier photo", themes=("loisirs-creations",))
    f.guide("Guide des démarches", themes=("demarches-administratives",))
    old.title = "Ancienne permanence démarches, horaires d’été"
    old.save_revision().publish()
    report = run()
    assert report.digests == 1 and report.pages_sent == 3
    (digest,) = digests()
    assert digest.recipient_list == ["camille@example.org"]
    assert digest.subject == (
        "3 nouveautés pour votre recherche Thématiques : Aide aux démarches administratives"
    )
    body = digest.body
    assert "== Guide pratique (1) ==" in body and "== Fiche de bonne pratique (2) ==" in body
    assert body.index("Guide des démarches") < body.index("Nouvelle permanence démarches")
    assert "Ancienne permanence démarches, horaires d’été (mise à jour)" in body
    assert "Atelier photo" not in body
    assert f"http://testserver{old.url}" in body
    assert set(Delivery.objects.filter(alert=alert).values_list("page__title", flat=True)) == {
        "Nouvelle permanence démarches",
        "Guide des démarches",
        "Ancienne permanence démarches, horaires d’été",
    }


def test_digest_carries_one_click_unsubscribe_headers_and_link(client):
    follow_and_confirm(client)
    f.practice("Nouvelle permanence démarches")
    run()
    (digest,) = digests()
    url = digest.headers["List-Unsubscribe"]
    assert url.startswith("<http://testserver/fr/suivre/desabonner/") and url.endswith(">")
    assert digest.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url[1:-1] in digest.body
    send_pending()
    message = mail.outbox[-1]
    assert message.subject == digest.subject
    assert message.extra_headers["List-Unsubscribe"] == url
    assert message.message()["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The mail client's one-click POST (no CSRF token, no cookie) unsubscribes and erases.
    path = url[1:-1].removeprefix("http://testserver")
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Alert.objects.count() == 0 and Subscriber.objects.count() == 0
    assert client.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200


def test_opening_the_unsubscribe_link_does_not_unsubscribe_by_itself(client):
    follow_and_confirm(client)
    f.practice("Nouvelle permanence démarches")
    run()
    link = next(x for x in links(digests()[0]) if "/desabonner/" in x)
    page = client.get(link)
    assert "Me désabonner" in page.content.decode()
    assert Alert.objects.count() == 1


def test_a_search_matching_nothing_new_sends_nothing(client):
    follow_and_confirm(client, "q=robotique")
    f.practice("Nouvelle permanence démarches")
    report = run()
    assert report.due == 1 and report.digests == 0 and digests() == []


def test_alerts_are_sent_at_their_frequency(client):
    daily = follow_and_confirm(client, "q=permanence", frequency="daily")
    weekly = follow_and_confirm(
        client, "q=permanence&theme=demarches-administratives", frequency="weekly"
    )
    f.practice("Nouvelle permanence démarches")
    run()
    assert len(digests()) == 1
    assert Delivery.objects.filter(alert=daily).count() == 1
    assert Delivery.objects.filter(alert=weekly).count() == 0
    run(now=timezone.now() + timedelta(days=7, minutes=5))
    assert Delivery.objects.filter(alert=weekly).count() == 1
    assert len(digests()) == 2


def test_send_alerts_is_idempotent(client):
    follow_and_confirm(client)
    f.practice("Nouvelle permanence démarches")
    now = timezone.now() + LATER
    run(now=now)
    run(now=now)
    run(now=now + timedelta(days=2))
    assert len(digests()) == 1


def test_a_page_is_never_sent_twice_for_one_alert_even_when_updated(client):
    follow_and_confirm(client)
    card = f.practice("Nouvelle permanence démarches")
    run()
    card.title = "Nouvelle permanence démarches (horaires)"
    card.save_revision().publish()
    run(now=timezone.now() + timedelta(days=3))
    assert len(digests()) == 1


def test_a_crash_mid_run_then_a_rerun_sends_each_digest_once(client, monkeypatch):
    for n in range(5):
        follow_and_confirm(client, email=f"personne{n}@example.org")
    f.practice("Nouvelle permanence démarches")
    queued = []
    real_email = sending.Digests.email

    def crash_after_three(self, alert, pages):
        if len(queued) == 3:
            raise RuntimeError("serveur arrêté")
        queued.append(alert.pk)
        return real_email(self, alert, pages)

    monkeypatch.setattr(sending.Digests, "email", crash_after_three)
    now = timezone.now() + LATER
    with pytest.raises(RuntimeError):
        run(now=now, batch_size=2)
    assert len(digests()) == 2  # the first batch committed, the second rolled back
    monkeypatch.setattr(sending.Digests, "email", real_email)
    report = run(now=now + timedelta(minutes=5), batch_size=2)
    assert report.digests == 3
    recipients = sorted(d.recipients for d in digests())
    assert recipients == [f"personne{n}@example.org" for n in range(5)]


def test_identical_searches_are_run_once(client, monkeypatch):
    for n in range(6):
        follow_and_confirm(client, "theme=demarches-administratives", email=f"p{n}@example.org")
    for n in range(3):
        # The same search written another way (order, repeats, unknown values, sort, page).
        search = "theme=nimporte&q=permanence&sort=titre&page=2" if n else "q=permanence"
        follow_and_confirm(client, search, email=f"p{n}@example.org")
    f.practice("Nouvelle permanence démarches")
    calls = []
    real = sending.SearchBatch.ids
    monkeypatch.setattr(
        sending.SearchBatch, "ids", lambda self, *args: calls.append(args[0]) or real(self, *args)
    )
    report, work = sending.prepare(timezone.now() + LATER)
    assert report.due == 9 and report.searches == 2 and len(calls) == 2
    assert all(news.count for _alert, news in work)
    assert sorted(calls[0].filters.items()) != sorted(calls[1].filters.items())


def test_send_alerts_command_reports_what_it_did(client):
    follow_and_confirm(client)
    f.practice("Nouvelle permanence démarches")
    out = StringIO()
    later = timezone.now() + LATER
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sending.timezone, "now", lambda: later)
        call_command("send_alerts", stdout=out)
    assert "courriels déposés : 1" in out.getvalue()


# --- Managing alerts, personal data -------------------------------------------------------------


def test_manage_page_changes_frequency_and_deletes_the_address_with_the_last_alert(client):
    first = follow_and_confirm(client)
    follow_and_confirm(client, "q=robotique")
    subscriber = first.subscriber
    link = manage_url(subscriber, "fr").removeprefix("http://testserver")
    page = client.get(link).content.decode()
    assert "Aide aux démarches administratives" in page and "« robotique »" in page
    client.post(link, {"alert": first.pk, "action": "frequency", "frequency": "weekly"})
    first.refresh_from_db()
    assert first.frequency == "weekly"
    client.post(link, {"alert": first.pk, "action": "delete"})
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()
    response = client.post(link, {"action": "delete-all"})
    assert "Vous êtes désabonné·e" in response.content.decode()
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()
    assert client.get(link).status_code == 400  # the address is gone: the link with it


def test_unconfirmed_alerts_and_their_address_are_erased_after_a_week(client):
    follow(client)
    run(now=timezone.now() + timedelta(days=8))
    assert Alert.objects.count() == 0 and Subscriber.objects.count() == 0


def test_manage_link_of_another_subscriber_cannot_touch_an_alert(client):
    mine = follow_and_confirm(client)
    other = follow_and_confirm(client, "q=robotique", email="autre@example.org")
    link = manage_url(mine.subscriber, "fr").removeprefix("http://testserver")
    response = client.post(link, {"alert": other.pk, "action": "delete"})
    assert response.status_code == 404
    assert Alert.objects.filter(pk=other.pk).exists()


def test_the_batched_search_of_send_alerts_finds_what_the_search_service_finds(lane):
    """SearchBatch (text once, each filter value once) answers as `matching_ids` does, on the
    database backend and on the engine (`make test-engine`)."""
    from search.filters import one_search
    from search.service import SearchBatch, matching_ids, run_search

    pages = [
        f.practice("Permanence démarches en ville", territories=("petites-villes",)),
        f.practice("Atelier photo des seniors", themes=("loisirs-creations",)),
        f.practice("Permanence numérique rurale", themes=("loisirs-creations",)),
        f.guide("Guide des démarches", themes=("demarches-administratives",)),
        f.practice("Brouillon démarches", publish=False),
    ]
    ids = [page.pk for page in pages]
    lane.refresh()
    batch = SearchBatch(ids)
    searches = [
        "",
        "q=permanence",
        "q=photo",
        "theme=demarches-administratives",
        "theme=demarches-administratives&theme=loisirs-creations&territory=bourgs-ruraux",
        "q=permanence&theme=loisirs-creations",
        "type=guide&q=démarches",
        "q=le la les",
    ]
    expected = {
        "q=photo": {pages[1].pk},
        "q=permanence&theme=loisirs-creations": {pages[1].pk, pages[2].pk},
        "type=guide&q=démarches": {pages[3].pk},
        "q=le la les": set(),
    }
    with one_search():
        for search in searches:
            query = sending.parse(search, "fr")
            found = batch.ids(query, None)
            assert found == set(matching_ids(query, None, ids)), search
            # …and as the search page does (newest first: all five pages fit on its first page).
            query.sort = "recent"
            assert found == {hit.page.pk for hit in run_search(query).hits}, search
            assert found == expected.get(search, found), search
            assert pages[4].pk not in found


def test_digests_of_text_searches_on_each_backend(client, lane):
    """`send_alerts` end to end with a text search: the engine path of the batch on the engine
    lane (the words matched by the engine, the filters read in the database)."""
    follow_and_confirm(client, "q=permanence&theme=demarches-administratives")
    f.practice("Permanence démarches à Vallon")
    f.practice("Permanence photo", themes=("loisirs-creations",))
    f.practice("Atelier démarches en ligne", summary="Des ateliers pour les démarches en ligne.")
    lane.refresh()
    report = run()
    assert report.digests == 1 and report.pages_sent == 1
    (digest,) = digests()
    assert "Permanence démarches à Vallon" in digest.body
    assert "Permanence photo" not in digest.body and "Atelier démarches" not in digest.body
    assert run(timezone.now() + 2 * LATER).digests == 0


def test_feed_of_a_text_search_on_each_backend(client, lane):
    f.practice("Permanence démarches à Vallon")
    f.practice("Atelier démarches en ligne", summary="Des ateliers pour les démarches en ligne.")
    lane.refresh()
    response = client.get(reverse("alerts_rss"), {"q": "permanence"})
    items = parse_xml(response.content).find("channel").findall("item")
    assert [i.findtext("title") for i in items] == ["Permanence démarches à Vallon"]


def test_a_long_digest_lists_the_newest_pages_and_counts_the_others(client, monkeypatch):
    monkeypatch.setattr(sending, "MAX_LISTED", 2)
    follow_and_confirm(client)
    for n in range(4):
        f.practice(f"Permanence démarches n° {n}")
    run()
    (digest,) = digests()
    assert digest.subject.startswith("4 nouveautés")
    assert "Permanence démarches n° 3" in digest.body and "n° 0" not in digest.body
    assert "Et 2 autres, à voir dans la recherche." in digest.body


def test_a_digest_rendered_once_carries_each_recipients_own_links(client):
    """Alerts getting the same pages share one rendering; the signed links are each one's."""
    first = follow_and_confirm(client, email="une@example.org")
    second = follow_and_confirm(client, email="deux@example.org")
    f.practice("Permanence démarches à Vallon")
    run()
    bodies = {d.recipients: d for d in digests()}
    assert set(bodies) == {"une@example.org", "deux@example.org"}
    for alert in (first, second):
        digest = bodies[alert.subscriber.email]
        unsubscribe = digest.headers["List-Unsubscribe"].strip("<>")
        assert unsubscribe in digest.body
        assert "Permanence démarches à Vallon" in digest.body
        assert "\x00" not in digest.body
        manage = next(link for link in links(digest) if "/mes-alertes/" in link)
        assert alert.subscriber.email in client.get(manage).content.decode()
        assert client.post(unsubscribe.removeprefix("http://testserver")).status_code == 200
        assert not Alert.objects.filter(pk=alert.pk).exists()
    assert bodies["une@example.org"].body != bodies["deux@example.org"].body
    # Page texts lose the NUL characters the link marks are made of: no title forges a link.
    assert sending._plain(f"Titre {sending.MANAGE_MARK}") == "Titre manage"
