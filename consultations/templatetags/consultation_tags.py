"""Template tags other apps' templates load (guides never imports this app): the consultation
that opens an orientation."""

from django import template

register = template.Library()


@register.simple_tag
def consultation_for(orientation):
    """The newest live consultation on this orientation, in the orientation's language."""
    from consultations.models import ConsultationPage

    if orientation is None or not orientation.pk:
        return None
    return (
        ConsultationPage.objects.live()
        .public()
        .filter(
            locale_id=orientation.locale_id,
            orientation__translation_key=orientation.translation_key,
        )
        .order_by("-opens_at")
        .first()
    )
