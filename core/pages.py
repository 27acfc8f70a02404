"""Helpers to build page trees idempotently, in French with English translations (demo content)."""

from wagtail.models import Locale, Page


def ensure_child(parent: Page, model, slug: str, **fields):
    """Return the child page `slug` of `parent`, creating and publishing it when missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_translation(page: Page, language_code: str, **fields):
    """Return the translation of `page` into `language_code`, creating and publishing it with
    `fields` (the translated values) when missing. Tags and other synchronised fields are kept."""
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translated = page.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    translated.save_revision().publish()
    return translated, True


def vocabulary_items(slugs_by_param: dict) -> dict:
    """Child-relation values tagging a new page with vocabulary terms given by slug, keyed by
    registry param ({"theme": [...], "audience": [...]}), to pass to the page constructor (an
    unknown slug raises KeyError: demo data must use seeded terms)."""
    from core.vocabularies import vocabulary

    values = {}
    for param, slugs in slugs_by_param.items():
        v = vocabulary(param)
        terms = v.tag.objects.in_bulk(list(slugs), field_name="slug")
        values[v.items] = [v.through(tag=terms[slug]) for slug in slugs]
    return values


def tag_items(themes=(), territories=(), audiences=()):
    """The demo loaders' older call of vocabulary_items (positional: the three built-ins)."""
    return vocabulary_items({"theme": themes, "territory": territories, "audience": audiences})


def ensure_links(page: Page, relation: str, target_field: str, targets) -> int:
    """Add to the inline `relation` of `page` a link to each of `targets` it lacks, then publish
    a new revision (so editors find the links in the admin too). Returns how many were added."""
    manager = getattr(page, relation)
    linked = {getattr(link, f"{target_field}_id") for link in manager.all()}
    missing = [target for target in targets if target.pk not in linked]
    if not missing:
        return 0
    for target in missing:
        manager.add(manager.model(**{target_field: target}))
    page.save_revision().publish()
    return len(missing)


def site_home(language_code: str = "fr") -> Page:
    """The home page of the default site in `language_code` (the French source by default): where
    each app hangs its sections, without importing the home app."""
    from wagtail.models import Site

    root = Site.objects.get(is_default_site=True).root_page
    locale = Locale.objects.get(language_code=language_code)
    return (root.get_translation_or_none(locale) or root).specific
