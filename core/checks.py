"""System checks of the vocabulary registry: each declaration matches the models it names."""

from django.core import checks


@checks.register()
def check_vocabularies(app_configs=None, **kwargs):
    from wagtail.models import Page

    from core.models import TaggedPage, VocabularyTerm
    from core.vocabularies import vocabularies

    errors = []
    for v in vocabularies():

        def error(message, number, v=v):
            errors.append(
                checks.Error(message, obj=f"vocabulary {v.param!r}", id=f"hub.E00{number}")
            )

        if v.param not in TaggedPage.tagged_with:
            error(
                "Registered after the models were loaded: pages have no field for it. Register "
                "it at the top of an apps.py module (or in core/vocabularies.py).",
                1,
            )
        try:
            tag, through = v.tag, v.through
        except (LookupError, ValueError) as exc:
            error(f"Unknown model: {exc}", 2)
            continue
        if not issubclass(tag, VocabularyTerm):
            error(f"{v.tag_model} must be a core.models.VocabularyTerm.", 3)
        try:
            tag_field = through._meta.get_field("tag")
            page_field = through._meta.get_field("content_object")
        except Exception:  # noqa: BLE001 - FieldDoesNotExist, reported as a check error
            error(f"{v.through_model} needs a `tag` and a `content_object` field.", 4)
            continue
        if tag_field.related_model is not tag:
            error(f"{v.through_model}.tag must point at {v.tag_model}.", 4)
        if page_field.related_model is not Page or page_field.remote_field.related_name != v.items:
            error(
                f"{v.through_model}.content_object must be a ParentalKey to wagtailcore.Page "
                f"with related_name={v.items!r}.",
                4,
            )
    return errors
