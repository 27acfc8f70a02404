"""An editor imports practice cards in the admin in a real browser: dry run with a rejected row
reported, then confirmation, under the admin's content security policy."""

from playwright.sync_api import expect

from .conftest import watch_context
from .test_admin import log_in

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

    page.get_by_role("button", name="Confirmer l’import").click()
    expect(page.locator("[data-import-report] h2")).to_have_text("Résultat de l’import")
    expect(page.locator("[data-count=created]")).to_have_text("1")
    assert PracticePage.objects.get(slug="atelier-navigateur").live
    assert watch.csp_violations == [] and watch.js_errors == []
