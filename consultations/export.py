"""Export of a consultation's contributions for editors (CSV, JSON), with counts by profile and
by department. No e-mail address, ever: the participant table is not read."""

import csv
import io
import json
from collections import Counter

from django.http import Http404, HttpResponse
from django.utils.text import slugify

from consultations.models import Contribution, Profile
from core.geo import DEPARTMENT_NAMES

COLUMNS = [
    "id",
    "kind",
    "in_reply_to",
    "section",
    "title",
    "body",
    "pseudonym",
    "profile",
    "department",
    "commune",
    "state",
    "created_at",
    "published_at",
    "supports",
    "reports",
    "language",
]
# Contributions whose author confirmed the address; unconfirmed and withdrawn ones hold nothing
# worth counting (the latter no text at all).
EXPORTED = [Contribution.State.PENDING, Contribution.State.PUBLISHED, Contribution.State.REJECTED]


def rows(consultation):
    sections = dict(consultation.section_choices())
    contributions = Contribution.objects.filter(
        consultation=consultation, state__in=EXPORTED
    ).order_by("created_at", "pk")
    for item in contributions.iterator():
        yield {
            "id": item.pk,
            "kind": "reply" if item.parent_id else "proposal",
            "in_reply_to": item.parent_id or "",
            "section": sections.get(item.section, ""),
            "title": item.title,
            "body": item.body,
            "pseudonym": item.pseudonym,
            "profile": item.profile,
            "department": item.department,
            "commune": item.commune,
            "state": item.state,
            "created_at": item.created_at.isoformat(),
            "published_at": item.published_at.isoformat() if item.published_at else "",
            "supports": item.support_count,
            "reports": item.report_count,
            "language": item.language,
        }


def counts(items):
    """Contributions by profile (every profile listed) and by department (those present)."""
    profiles = Counter(item["profile"] for item in items)
    departments = Counter(item["department"] for item in items)
    return {
        "by_profile": [
            {"profile": value, "label": str(label), "count": profiles.get(value, 0)}
            for value, label in Profile.choices
        ],
        "by_department": [
            {"department": code, "name": DEPARTMENT_NAMES.get(code, ""), "count": count}
            for code, count in sorted(departments.items())
        ],
    }


def _safe_cell(value):
    # A spreadsheet would run a cell starting with one of these as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def response(consultation, fmt):
    items = list(rows(consultation))
    summary = counts(items)
    name = slugify(consultation.title)[:60] or "consultation"
    if fmt == "json":
        payload = {
            "consultation": {"id": consultation.pk, "title": consultation.title},
            "count": len(items),
            **summary,
            "contributions": items,
        }
        body = json.dumps(payload, ensure_ascii=False, indent=2)
        content_type = "application/json; charset=utf-8"
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for item in items:
            writer.writerow([_safe_cell(item[column]) for column in COLUMNS])
        # The counts follow the rows, after an empty line, as a spreadsheet reader expects.
        writer.writerow([])
        writer.writerow(["profile", "count"])
        for entry in summary["by_profile"]:
            writer.writerow([entry["profile"], entry["count"]])
        writer.writerow([])
        writer.writerow(["department", "count"])
        for entry in summary["by_department"]:
            writer.writerow([entry["department"], entry["count"]])
        body = "\ufeff" + out.getvalue()  # BOM: spreadsheets then read UTF-8
        content_type = "text/csv; charset=utf-8"
    else:
        raise Http404
    result = HttpResponse(body, content_type=content_type)
    result["Content-Disposition"] = f'attachment; filename="contributions-{name}.{fmt}"'
    result["Cache-Control"] = "private, no-store"
    return result
