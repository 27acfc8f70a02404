"""The French admin reads French: the project's corrections of Wagtail's and wagtail-localize's own
strings (locale_overrides/) win over the packages' catalogues, and dates are French."""

import glob
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import polib
import pytest
from django.conf import settings
from django.utils import translation

# Wagtail's msgids, looked up under another name so that `make messages` does not copy them into
# the project's catalogues.
wagtail_gettext = translation.gettext

OVERRIDES = Path(settings.BASE_DIR) / "locale_overrides/fr/LC_MESSAGES"


def test_wagtail_locales_are_languages_in_french_not_regions():
    """« Régions » is a filter of the hub (regions of France): Wagtail's locales are languages."""
    with translation.override("fr"):
        assert wagtail_gettext("Locales") == "Langues"
        assert wagtail_gettext("Locale: ") == "Langue\u00a0: "
        assert wagtail_gettext("Status: ") == "Statut\u00a0: "


def test_every_correction_names_a_string_the_packages_still_have():
    """After an upgrade of Wagtail or wagtail-localize, a correction of a string they dropped
    would be dead weight: each msgid is still in their French catalogues."""
    packages = Path(polib.__file__).parent
    known = set()
    for path in glob.glob(f"{packages}/wagtail*/**/locale/fr/LC_MESSAGES/*.po", recursive=True):
        known.update(entry.msgid for entry in polib.pofile(path))
    for name in ("django.po", "djangojs.po"):
        catalogue = polib.pofile(str(OVERRIDES / name))
        assert [e.msgid for e in catalogue if e.msgid not in known] == [], name
        # A correction keeps the spaces around the msgid (the page glues the next word to it).
        for entry in catalogue:
            if entry.msgstr:
                assert entry.msgstr[-1:].isspace() == entry.msgid[-1:].isspace(), entry.msgid


@pytest.mark.django_db
def test_the_admin_javascript_catalogue_has_the_publish_button_with_its_space(
    client, django_user_model
):
    from tests.submission_helpers import user_in

    client.force_login(user_in(django_user_model, "Éditeurs"))
    with translation.override("fr"):
        catalogue = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '"Publish in ": "Publier la traduction\\u00a0: "' in catalogue


def test_a_translated_string_says_its_date_in_french():
    from core.localize_dates import localized_comment

    string = SimpleNamespace(
        updated_at=datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
        tool_name="",
        translation_type="manual",
        TRANSLATION_TYPE_MANUAL="manual",
        TRANSLATION_TYPE_MACHINE="machine",
    )
    with translation.override("fr"):
        assert localized_comment(string) == "Traduit manuellement le 1 décembre 2026"


@pytest.mark.django_db
def test_the_french_page_explorer_reads_french(client, django_user_model):
    """Browsed as an editor: Wagtail's « Status » and « crées » are corrected, its locale filter is
    « Langue », never « Région » (a filter of the hub's own)."""
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.fr", "pw"))
    html = client.get("/admin/pages/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Statut actuel de la page" in html and "Status actuel" not in html
    home = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "crées dans" not in home and "créées dans" in home
    assert "Région" not in client.get("/admin/locales/").content.decode()
