"""The contributions shown on a consultation page, as HTML built here: 20 cards and their
replies took about 400 template nodes, more time than the rest of the page together
(bench/consultation_bench.py). The markup is the DSFR card the template had; every value is
escaped as the template's autoescape did (html.escape is what Django's escape calls), the
bodies go through Django's `linebreaks`, like the filter."""

from html import escape

from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext


def _text(value) -> str:
    return value if isinstance(value, SafeString) else escape(str(value))


def contribution_cards(items, *, is_open: bool, contribute_url: str) -> list[SafeString]:
    """One <article> per proposal of `items`, with its replies, as threads() prepared them."""
    support, answer, report = (
        escape(gettext(text)) for text in ("Je soutiens", "Répondre", "Signaler")
    )
    contribute_url = escape(contribute_url)
    return [_card(item, is_open, contribute_url, support, answer, report) for item in items]


def _card(item, is_open, contribute_url, support, answer, report):
    title = _text(item.title)
    parts = [
        f'<article class="fr-card fr-mb-3w" id="contribution-{item.pk}" '
        f'aria-labelledby="contribution-{item.pk}-titre">\n'
        '      <div class="fr-card__body"><div class="fr-card__content">\n'
        f'        <h3 class="fr-card__title" id="contribution-{item.pk}-titre">{title}</h3>\n'
    ]
    if item.section_title:
        parts.append(f'        <p class="fr-card__detail">{_text(item.section_title)}</p>\n')
    parts.append(
        f'        <p class="fr-text--sm fr-mb-1w">{_text(item.author_line)}</p>\n'
        f'        <div class="fr-card__desc">{linebreaks(item.body, autoescape=True)}</div>\n'
        '        <div class="fr-card__end">\n'
        f'          <p class="fr-mb-1w"><strong>{_text(item.supports_text)}</strong></p>\n'
        '          <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">\n'
    )
    if is_open:
        parts.append(
            f'              <li><a class="fr-btn fr-btn--sm" href="{_text(item.support_url)}">'
            f'{support}<span class="fr-sr-only"> : {title}</span></a></li>\n'
            '              <li><a class="fr-btn fr-btn--sm fr-btn--secondary" '
            f'href="{contribute_url}?reponse={item.pk}">{answer}'
            f'<span class="fr-sr-only"> : {title}</span></a></li>\n'
        )
    parts.append(
        '            <li><a class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline" '
        f'href="{_text(item.report_url)}">{report}<span class="fr-sr-only"> : {title}</span>'
        "</a></li>\n"
        "          </ul>\n"
    )
    if item.published_replies:
        parts.append(
            f'            <h4 class="fr-h6 fr-mt-2w">{_text(item.replies_heading)}</h4>\n'
            '            <ul class="hub-plain-list">\n'
        )
        for reply in item.published_replies:
            label = _text(reply.reply_label)
            parts.append(
                f'                <li class="fr-pl-3w fr-mb-2w" id="contribution-{reply.pk}">\n'
                f'  <p class="fr-text--sm fr-mb-1w">{_text(reply.author_line)}</p>\n'
                f"                  {linebreaks(reply.body, autoescape=True)}\n"
                f'                  <p class="fr-text--sm">{_text(reply.supports_text)}'
            )
            if is_open:
                parts.append(
                    f' · <a class="fr-link fr-link--sm" href="{_text(reply.support_url)}">'
                    f'{support}<span class="fr-sr-only"> : {label}</span></a>'
                )
            parts.append(
                f' · <a class="fr-link fr-link--sm" href="{_text(reply.report_url)}">{report}'
                f'<span class="fr-sr-only"> : {label}</span></a></p>\n'
                "                </li>\n"
            )
        parts.append("            </ul>\n")
    parts.append("        </div>\n      </div></div>\n    </article>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped
