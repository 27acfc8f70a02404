"""Opening hours of the OSM format said in plain French, or shown raw when they cannot be."""

import pytest

from places.opening_hours import describe


@pytest.mark.parametrize(
    ("raw", "french"),
    [
        (
            "Tu-Fr 09:00-12:00,14:00-17:00",
            "Du mardi au vendredi de 9 h à 12 h et de 14 h à 17 h",
        ),
        (
            "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00",
            "Du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h 30 ; le samedi de 8 h 30 à 12 h",
        ),
        ("Mo,We,Fr 09:00-12:00", "Le lundi, le mercredi et le vendredi de 9 h à 12 h"),
        ("Tu-We 14:00-16:00", "Le mardi et le mercredi de 14 h à 16 h"),
        ("Mo-Su 08:00-20:00", "Tous les jours de 8 h à 20 h"),
        ("24/7", "Tous les jours, 24 h sur 24"),
        (
            "Mo-Fr 09:00-17:00; PH off",
            "Du lundi au vendredi de 9 h à 17 h ; fermé les jours fériés",
        ),
        # Later rules override earlier ones: Wednesday is closed.
        ("Mo-Fr 09:00-12:00; We off", "Le lundi, le mardi, le jeudi et le vendredi de 9 h à 12 h"),
        ('Mo 14:00-16:00 "sur rendez-vous"', "Le lundi de 14 h à 16 h (sur rendez-vous)"),
        (
            'Tu 09:00-12:00 || "sur rendez-vous"',
            "Le mardi de 9 h à 12 h ; sinon : sur rendez-vous",
        ),
    ],
)
def test_opening_hours_are_written_in_french(raw, french):
    assert describe(raw) == french


@pytest.mark.parametrize("raw", ["", "lundi 9h-12h", "Jul-Aug Mo 10:00-12:00", "sunrise-sunset"])
def test_opening_hours_that_cannot_be_said_simply_give_none(raw):
    assert describe(raw) is None
