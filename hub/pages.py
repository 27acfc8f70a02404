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
