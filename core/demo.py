"""What the apps' demo loaders share: reading their data files (`<app>/demo/*.json`), finding the
section their pages go under, and finding the pages that the data names by slug."""

import json
from pathlib import Path

from django.core.management.base import CommandError

from core.pages import ensure_child, ensure_links, ensure_translation, tag_items


def read_data(loader_file: str, name: str):
    """The JSON file `name` beside the loader module `loader_file` (pass `__file__`)."""
    with (Path(loader_file).resolve().parent / name).open(encoding="utf-8") as data:
        return json.load(data)


def section(model, language_code: str = "fr"):
    """The index page of type `model` that `setup_site` builds, in `language_code`; without it
    the demo has nowhere to go, and the user is told which command builds it."""
    page = model.objects.filter(locale__language_code=language_code).first()
    if page is None:
        raise CommandError(
            f"La section « {model._meta.verbose_name} » n’existe pas : "
            "lancez d’abord « manage.py setup_site »."
        )
    return page


def pages_by_slug(queryset, slugs, tally, kind: str):
    """The pages of `queryset` named by `slugs`, in that order. A slug that names no page is
    reported to `tally` under `kind` and skipped: links are made to the pages that exist."""
    found = {page.slug: page for page in queryset.filter(slug__in=slugs)}
    for slug in slugs:
        if slug not in found:
            tally.missing(kind, slug)
    return [found[slug] for slug in slugs if slug in found]


def translations(pages, language_code: str):
    """The translations of `pages` into `language_code` that exist, in the same order."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    translated = (page.get_translation_or_none(locale) for page in pages)
    return [page for page in translated if page is not None]


# Keys of a page's data that are not model fields: its slug, its vocabulary terms (slugs) and its
# translation (the translated fields and the slug in that language).
NOT_FIELDS = {"slug", "themes", "territories", "audiences", "en"}


def page_fields(data, streams=None, links=()):
    """Model values of a page (or of its translation) from its data: every key but those of
    NOT_FIELDS and `links` (slugs of linked pages). `streams` maps a StreamField to the block
    type of each of its items, or to None where each item carries its own `type` and `value`."""
    fields = {key: value for key, value in data.items() if key not in NOT_FIELDS | set(links)}
    for key, block_type in (streams or {}).items():
        if key in fields:
            fields[key] = [
                (item["type"], item["value"]) if block_type is None else (block_type, item)
                for item in fields[key]
            ]
    return fields


def ensure_demo_page(tally, parent, model, data, to_fields, links, kinds):
    """The French page `data["slug"]` under `parent`, built from `to_fields(data)` and tagged
    when missing, and its English translation from `to_fields(data["en"])` when the data has
    one. `links` is (relation, target field, French target pages, kind to count them under):
    each page links to the targets in its own language. `kinds` names what the French and
    English pages are counted as."""
    relation, target_field, targets, link_kind = links
    link_model = model._meta.get_field(relation).related_model

    def linked(pages):
        return {relation: [link_model(**{target_field: page}) for page in pages]}

    page, created = ensure_child(
        parent,
        model,
        data["slug"],
        **to_fields(data),
        **linked(targets),
        **tag_items(data["themes"], data["territories"], data["audiences"]),
    )
    tally.page(kinds[0], (page, created))
    count_links(tally, link_kind, page, created, relation, target_field, targets)
    if "en" in data:
        # Copied links would point at French pages: an English page lists English pages.
        english = translations(targets, "en")
        translated, created = ensure_translation(
            page, "en", slug=data["en"]["slug"], **to_fields(data["en"]), **linked(english)
        )
        tally.page(kinds[1], (translated, created))
        count_links(tally, link_kind, translated, created, relation, target_field, english)
    return page


def count_links(tally, kind: str, page, created: bool, relation: str, target_field: str, targets):
    """Count the links of `page` (its inline `relation`) to `targets`: made with a new page, or
    added now to a page already there whose targets were missing when it was built."""
    if created:
        tally.add(kind, created=len(targets))
        return
    added = ensure_links(page, relation, target_field, targets)
    tally.add(kind, created=added, existing=len(targets) - added)
