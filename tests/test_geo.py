"""Postal codes give the department (and so the region) a card or a place is filed under."""

import pytest

from core.geo import DEPARTMENT_NAMES, department_from_postal_code


@pytest.mark.parametrize(
    ("postal_code", "department"),
    [
        ("58000", "58"),
        ("20000", "2A"),
        ("20200", "2B"),
        ("97100", "971"),  # Basse-Terre, Guadeloupe
        ("97133", "977"),  # Saint-Barthélemy, not Guadeloupe
        ("97150", "978"),  # Saint-Martin, not Guadeloupe
        ("97400", "974"),
        ("97500", "975"),
        ("98800", "988"),
        ("5800", ""),
        ("", ""),
    ],
)
def test_postal_code_gives_its_department(postal_code, department):
    assert department_from_postal_code(postal_code) == department


def test_saint_barthelemy_and_saint_martin_are_named_as_such():
    assert DEPARTMENT_NAMES[department_from_postal_code("97133")] == "Saint-Barthélemy"
    assert DEPARTMENT_NAMES[department_from_postal_code("97150")] == "Saint-Martin"


# --- One validation for postal and INSEE codes: the form, the importer and the model ---------

BAD_POSTAL_CODES = ["00000", "99999", "98000", "٥٨٠٠٠", "５８０００", "5800", "58 000"]


@pytest.mark.parametrize("code", BAD_POSTAL_CODES)
def test_postal_codes_of_no_department_or_in_other_digits_are_refused(code):
    from django.core.exceptions import ValidationError

    from core.geo import validate_postal_code

    with pytest.raises(ValidationError):
        validate_postal_code(code)
    assert department_from_postal_code(code) in {"", "00", "99", "980"}


@pytest.mark.parametrize("code", ["58000", "20000", "20290", "97400", "97133", "98800"])
def test_real_postal_codes_are_accepted(code):
    from core.geo import validate_postal_code

    validate_postal_code(code)


@pytest.mark.parametrize("code", ["69123", "2A004", "2B033", "97411", "98818"])
def test_real_insee_codes_are_accepted(code):
    from core.geo import validate_insee_code

    validate_insee_code(code)


@pytest.mark.parametrize("code", ["00123", "99123", "2C004", "٦٩١٢٣", "6912", "96123"])
def test_insee_codes_of_no_department_are_refused(code):
    from django.core.exceptions import ValidationError

    from core.geo import validate_insee_code

    with pytest.raises(ValidationError):
        validate_insee_code(code)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["00000", "٥٨٠٠٠"])
def test_submission_form_refuses_what_the_card_would_refuse(client, code):
    from submissions.models import Submission
    from tests.submission_helpers import valid_data

    response = client.post("/fr/proposer-une-pratique/", valid_data(postal_code=code))
    assert response.status_code == 400
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_card_import_reports_a_postal_code_of_no_department(tmp_path):
    import io

    from django.core.management import call_command

    from practices.models import PracticePage

    path = tmp_path / "fiches.csv"
    path.write_text(
        "key,title,summary,structure_name,commune,postal_code,themes,territory_types\n"
        "zero,Code zéro,Résumé.,Médiathèque,Nulle-part,00000,usage-securise,qpv\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    call_command("import_practices", str(path), stdout=out, stderr=err)
    assert "aucun département" in out.getvalue() + err.getvalue()
    assert not PracticePage.objects.filter(title="Code zéro").exists()
