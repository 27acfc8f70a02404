"""An editor imports practice cards and places in the admin in a real browser: dry run with a
rejected row reported, then confirmation, under the admin's content security policy. Screenshots
of the editor screens go to docs/screenshots/ (shown in the README's editors section)."""

from playwright.sync_api import expect

from .conftest import watch_context
from .test_admin import log_in
from .test_visitors import LAPTOP, SCREENSHOTS, _save_small

CARDS_CSV = (
    "key,title,summary,structure_name,commune,themes,territory_types\n"
    "atelier-navigateur,Atelier importé au navigateur,Un atelier.,Médiathèque,"
    "Saint-Essai-sur-Test,usage-securise,petites-villes\n"
    "sans-theme-navigateur,Sans thème,Un atelier.,Médiathèque,Saint-Essai-sur-Test,,"
    "petites-villes\n"
)


def test_editor_imports_cards_after_reading_the_dry_run(
    page, editor_credentials, settings, tmp_path
):
    from practices.models import PracticePage

    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    page.set_viewport_size(LAPTOP)
    watch = watch_context(page.context)
    log_in(page, *editor_credentials)
    page.goto("/admin/practice_cards/import/")
    expect(page.locator("#id_file_help")).to_contain_text("Mo au plus")
    page.set_input_files(
        "#id_file",
        files=[{"name": "fiches.csv", "mimeType": "text/csv", "buffer": CARDS_CSV.encode()}],
    )
    page.get_by_role("button", name="Essayer à blanc").click()

    report = page.locator("[data-import-report]")
    expect(report).to_contain_text("Essai à blanc de fiches.csv")
    expect(report.locator("[data-count=created]")).to_have_text("1")
    expect(report.locator("[data-count=rejected]")).to_have_text("1")
    expect(report.locator("[data-rejected-rows] tbody tr")).to_contain_text(
        "Une fiche publiée doit avoir au moins une thématique."
    )
    assert not PracticePage.objects.filter(slug="atelier-navigateur").exists()
    _save_small(page.screenshot(), SCREENSHOTS / "admin-card-import-fr.png")

    page.get_by_role("button", name="Confirmer l’import").click()
    expect(page.locator("[data-import-report] h2")).to_have_text("Résultat de l’import")
    expect(page.locator("[data-count=created]")).to_have_text("1")
    assert PracticePage.objects.get(slug="atelier-navigateur").live
    assert watch.csp_violations == [] and watch.js_errors == []


PLACES_CSV = (
    "id,pivot,nom,commune,code_postal,adresse,source,date_maj\n"
    "lieu-navigateur,43493312300029,Médiathèque du navigateur,Lyon,69001,"
    "1 rue de la République,Essai navigateur,2026-11-30\n"
    "lieu-sans-code,43493312300029,Lieu sans code postal,Lyon,xx,2 rue de la République,"
    "Essai navigateur,2026-11-30\n"
)


def test_editor_imports_places_then_sees_the_card_screens(
    page, editor_credentials, settings, tmp_path
):
    """Places: dry run with its options and a rejected row, confirmation; then the filtered cards
    listing and a card's vocabulary checkboxes (screenshots of the editor screens)."""
    from places.models import Place

    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    page.set_viewport_size(LAPTOP)
    watch = watch_context(page.context)
    log_in(page, *editor_credentials)
    page.goto("/admin/places/import/")
    page.set_input_files(
        "#id_file",
        files=[{"name": "lieux.csv", "mimeType": "text/csv", "buffer": PLACES_CSV.encode()}],
    )
    page.get_by_role("button", name="Essayer à blanc").click()
    report = page.locator("[data-import-report]")
    expect(report.locator("[data-count=created]")).to_have_text("1")
    expect(report.locator("[data-rejected-rows] tbody tr")).to_contain_text("code_postal")
    assert not Place.objects.filter(source_id="lieu-navigateur").exists()
    _save_small(page.screenshot(), SCREENSHOTS / "admin-places-import-fr.png")
    page.get_by_role("button", name="Confirmer l’import").click()
    expect(page.locator("[data-import-report] h2")).to_have_text("Résultat de l’import")
    assert Place.objects.filter(source_id="lieu-navigateur").exists()

    from core.vocabularies import vocabulary

    themes = vocabulary("theme").tag.objects.order_by("sort_order")[:2]
    page.goto("/admin/practice_cards/?" + "&".join(f"theme={t.pk}" for t in themes))
    expect(page.locator("table.listing tbody tr").first).to_be_visible()
    _save_small(page.screenshot(), SCREENSHOTS / "admin-card-listing-fr.png")
    page.locator("table.listing tbody a[href*='/edit/']").first.click()
    boxes = page.locator("input[type=checkbox][name=themes]").first
    boxes.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -120)")
    _save_small(page.screenshot(), SCREENSHOTS / "admin-card-edit-fr.png")
    assert watch.csp_violations == [] and watch.js_errors == []
