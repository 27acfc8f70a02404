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
