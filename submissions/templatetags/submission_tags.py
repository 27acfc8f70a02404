"""Template helpers for case-study submissions: DSFR widgets and the card's reuse link/count."""

from django import forms, template

from submissions.models import inspired_count

register = template.Library()

WIDGET_CLASSES = {
    forms.Select: "fr-select",
    forms.FileInput: "fr-upload",
    forms.CheckboxInput: "",
}


@register.filter
def dsfr_widget(field):
    """The field's widget with the DSFR class, its hint and error tied by aria-describedby."""
    widget = field.field.widget
    css = "fr-input"
    for widget_class, name in WIDGET_CLASSES.items():
        if isinstance(widget, widget_class):
            css = name
            break
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-hint")
    if field.errors:
        described.append(f"{field.auto_id}-error")
        css = f"{css} {css}--error" if css else css
    attrs = {}
    if css:
        attrs["class"] = css
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.simple_tag
def reproduced_count(page):
    """How many territories reproduced this card (lineage links and accepted submissions)."""
    return inspired_count(page) if page and page.pk else 0


@register.simple_tag
def reproduce_url(page):
    """The submission form pre-filled as "inspired by" this card."""
    from submissions.views import submit_url_for

    return submit_url_for(page)
