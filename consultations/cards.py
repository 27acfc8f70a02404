"""The contributions shown on a consultation page, as HTML built here from the rows that
`PublishedProposals` reads: 20 cards and their replies took about 400 template nodes,
more time than the rest of the page together (bench/consultation_bench.py). The markup is the
DSFR card the template had; every value is escaped as the template's autoescape did (html.escape
is what Django's escape calls), the bodies go through Django's `linebreaks`, like the filter.
What repeats (dates, support counts, labels, links) is computed once per distinct value."""

from html import escape

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext

from core.geo import DEPARTMENT_NAMES

_MARKER = 999999999


def place(department: str, commune: str) -> str:
    """« Clamecy (58) » or « Nièvre (58) »: what is shown next to the pseudonym."""
    if not department:
        return ""
    return f"{commune or DEPARTMENT_NAMES.get(department, '')} ({department})"


class _Labels:
    """What the page prints for each contribution, escaped, once per distinct value."""

    def __init__(self, profiles):
        self.urls = {
            name: escape(reverse(f"consultation_{name}", args=[_MARKER])).replace(
                str(_MARKER), "{}"
            )
            for name in ("support", "report", "contribute")
        }
        self.support, self.answer, self.report = (
            escape(gettext(text)) for text in ("Je soutiens", "Répondre", "Signaler")
        )
        self.reply_text = gettext("la réponse de %(name)s")
        self.profiles = profiles
        self.dates = {}
        self.supports = {}
        self.reply_counts = {}

    def author_line(self, row):
        """« Camille · Bibliothécaire · Clamecy (58) · 3 décembre 2026 »"""
        published = row["published_at"]
        day = timezone.localdate(published) if published else None  # the day in France
        if day not in self.dates:
            self.dates[day] = date_format(day, "DATE_FORMAT") if day else ""
        parts = [
            row["pseudonym"],
            self.profiles.get(row["profile"], ""),
            place(row["department"], row["commune"]),
            self.dates[day],
        ]
        return escape(" · ".join(part for part in parts if part))

    def supports_text(self, count):
        if count not in self.supports:
            self.supports[count] = escape(
                ngettext("%(counter)s soutien", "%(counter)s soutiens", count) % {"counter": count}
            )
        return self.supports[count]

    def replies_heading(self, count):
        """« 3 réponses » above a proposal's replies."""
        if count not in self.reply_counts:
            self.reply_counts[count] = escape(
                ngettext("%(counter)s réponse", "%(counter)s réponses", count) % {"counter": count}
            )
        return self.reply_counts[count]

    def reply_label(self, row):
        """« la réponse de Camille » for screen readers, escaped as {% blocktranslate %} does
        (the pseudonym once, inside the escaped sentence)."""
        return self.reply_text % {"name": escape(row["pseudonym"])}


def contribution_cards(
    proposals, *, section_titles, profiles, is_open: bool, page_id: int
) -> list[SafeString]:
    """One <article> per proposal, with its replies: dicts of Contribution.PUBLIC_COLUMNS, the
    proposals with a "replies" list (ConsultationPage.threads)."""
    labels = _Labels(profiles)
    titles = {key: escape(title) for key, title in section_titles.items()}
    contribute_url = labels.urls["contribute"].format(page_id)
    return [
        _card(item, labels, titles.get(item["section"], ""), is_open, contribute_url)
        for item in proposals
    ]


def _card(item, labels, section_title, is_open, contribute_url):
    pk, replies = item["id"], item["replies"]
    title = escape(item["title"])
    support, answer, report = labels.support, labels.answer, labels.report
    parts = [
        f'<article class="fr-card fr-mb-3w" id="contribution-{pk}" '
        f'aria-labelledby="contribution-{pk}-titre">\n'
        '      <div class="fr-card__body"><div class="fr-card__content">\n'
        f'        <h3 class="fr-card__title" id="contribution-{pk}-titre">{title}</h3>\n'
    ]
    if section_title:
        parts.append(f'        <p class="fr-card__detail">{section_title}</p>\n')
    parts.append(
        f'        <p class="fr-text--sm fr-mb-1w">{labels.author_line(item)}</p>\n'
        f'        <div class="fr-card__desc">{linebreaks(item["body"], autoescape=True)}</div>\n'
        '        <div class="fr-card__end">\n'
        f'          <p class="fr-mb-1w"><strong>{labels.supports_text(item["support_count"])}'
        "</strong></p>\n"
        '          <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">\n'
    )
    if is_open:
        parts.append(
            '              <li><a class="fr-btn fr-btn--sm" '
            f'href="{labels.urls["support"].format(pk)}">'
            f'{support}<span class="fr-sr-only"> : {title}</span></a></li>\n'
            '              <li><a class="fr-btn fr-btn--sm fr-btn--secondary" '
            f'href="{contribute_url}?reponse={pk}">{answer}'
            f'<span class="fr-sr-only"> : {title}</span></a></li>\n'
        )
    parts.append(
        '            <li><a class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline" '
        f'href="{labels.urls["report"].format(pk)}">{report}'
        f'<span class="fr-sr-only"> : {title}</span></a></li>\n'
        "          </ul>\n"
    )
    if replies:
        parts.append(
            f'            <h4 class="fr-h6 fr-mt-2w">{labels.replies_heading(len(replies))}</h4>\n'
            '            <ul class="hub-plain-list">\n'
        )
        for reply in replies:
            label = labels.reply_label(reply)
            parts.append(
                f'                <li class="fr-pl-3w fr-mb-2w" id="contribution-{reply["id"]}">\n'
                f'  <p class="fr-text--sm fr-mb-1w">{labels.author_line(reply)}</p>\n'
                f"                  {linebreaks(reply['body'], autoescape=True)}\n"
                '                  <p class="fr-text--sm">'
                f"{labels.supports_text(reply['support_count'])}"
            )
            if is_open:
                parts.append(
                    ' · <a class="fr-link fr-link--sm" '
                    f'href="{labels.urls["support"].format(reply["id"])}">'
                    f'{support}<span class="fr-sr-only"> : {label}</span></a>'
                )
            parts.append(
                ' · <a class="fr-link fr-link--sm" '
                f'href="{labels.urls["report"].format(reply["id"])}">{report}'
                f'<span class="fr-sr-only"> : {label}</span></a></p>\n'
                "                </li>\n"
            )
        parts.append("            </ul>\n")
    parts.append("        </div>\n      </div></div>\n    </article>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped
