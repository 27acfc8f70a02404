"""Opening hours in plain French, from the OpenStreetMap `opening_hours` format.

opening-hours-py parses and normalises the expression (so "Mo-Fr 9-12; We off" is resolved into
non-overlapping rules); this module writes the normalised rules as a French sentence. Anything it
does not know how to say (months, week numbers, sunrise…) returns None: the caller then shows
the raw value, which is exact, rather than a sentence that would be wrong.
"""

import re

from opening_hours import OpeningHours, ParserError

DAY_NAMES = {
    "Mo": "lundi",
    "Tu": "mardi",
    "We": "mercredi",
    "Th": "jeudi",
    "Fr": "vendredi",
    "Sa": "samedi",
    "Su": "dimanche",
}
ORDER = list(DAY_NAMES)
_DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)"
_DAYS = rf"{_DAY}(?:-{_DAY})?(?:,{_DAY}(?:-{_DAY})?)*"
_TIME = r"\d\d:\d\d-\d\d:\d\d"
RULE = re.compile(
    rf"^(?P<days>{_DAYS})?(?P<ph>,?PH)?\s*"
    rf"(?P<times>{_TIME}(?:,{_TIME})*|off|closed|open)?\s*"
    rf'(?:"(?P<comment>[^"]*)")?$'
)


def _clock(value: str) -> str:
    hours, minutes = value.split(":")
    return f"{int(hours)} h" if minutes == "00" else f"{int(hours)} h {minutes}"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " et " + parts[-1]


def _days(selector: str) -> str:
    if selector == "Mo-Su":
        return "tous les jours"
    parts = []
    for chunk in selector.split(","):
        if "-" in chunk:
            first, last = chunk.split("-")
            span = ORDER.index(last) - ORDER.index(first)
            if span >= 2 or span < 0:
                parts.append(f"du {DAY_NAMES[first]} au {DAY_NAMES[last]}")
                continue
            parts.extend(f"le {DAY_NAMES[d]}" for d in (first, last))
        else:
            parts.append(f"le {DAY_NAMES[chunk]}")
    return _join(parts)


def _times(times: str) -> str:
    if times == "00:00-24:00":
        return "toute la journée"
    slots = []
    for slot in times.split(","):
        start, end = slot.split("-")
        slots.append(f"de {_clock(start)} à {_clock(end)}")
    return _join(slots)


def _rule(rule: str) -> str | None:
    rule = rule.strip()
    if rule == "24/7":
        return "tous les jours, 24 h sur 24"
    match = RULE.match(rule)
    if not match or not rule:
        return None
    days, ph, times, comment = match.group("days", "ph", "times", "comment")
    who = _days(days) if days else ""
    if ph:
        who = f"{who} et les jours fériés" if who else "les jours fériés"
    if times in ("off", "closed"):
        text = f"fermé {who}" if who else "fermé"
    elif times and times != "open":
        text = f"{who or 'tous les jours'} {_times(times)}"
    elif who:
        text = f"{who}, toute la journée" if comment is None else who
    else:
        text = ""
    if comment:
        text = (
            f"{text} ({comment})"
            if text and times
            else (f"{text} : {comment}" if text else comment)
        )
    return text or None


def describe(raw: str) -> str | None:
    """ "Tu-Fr 09:00-12:00,14:00-17:00" -> "Du mardi au vendredi de 9 h à 12 h et de 14 h à
    17 h"; None when the value cannot be parsed or said simply."""
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        normalised = str(OpeningHours(raw).normalize())
    except (ParserError, SyntaxError, ValueError):
        return None
    main, _sep, fallback = normalised.partition(" || ")
    sentences = []
    for rule in main.split(";"):
        text = _rule(rule)
        if text is None:
            return None
        sentences.append(text)
    if fallback:
        # `|| "sur rendez-vous"` is read back as `24/7 "sur rendez-vous"`: only the comment counts.
        other = re.sub(r'^24/7\s+(?=")', "", fallback.strip())
        text = _rule(other)
        if text is None:
            return None
        sentences.append(f"sinon {text}" if not other.startswith('"') else f"sinon : {text}")
    sentence = " ; ".join(sentences)
    return sentence[0].upper() + sentence[1:]
