"""Admin form fields of the controlled vocabularies: every term shown as a checkbox with its French
and English labels, in the page editor and in the admin listings' filters."""

from django import forms
from django.conf import settings
from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.forms.tags import TagField

from core.text import ascii_slug
from core.vocabularies import vocabularies


def term_label(term) -> str:
    """ "Bourgs ruraux (Rural towns)": both labels, so editors of either language find a term
    without typing, and see what English visitors will read."""
    if term.name_en and term.name_en != term.name:
        return f"{term.name} ({term.name_en})"
    return term.name


class TermCheckboxes(forms.CheckboxSelectMultiple):
    """Django's own checkbox markup, one term per line with its box before it. The site's form
    renderer (django-dsfr's, FORM_RENDERER) would write DSFR markup that the admin does not style:
    the boxes ran inline, each one at the end of the line before its own term."""

    renderer = DjangoTemplates()
    OWN_TEMPLATES = (
        "django/forms/widgets/checkbox_select.html",
        "django/forms/widgets/checkbox_option.html",
    )

    def render(self, name, value, attrs=None, renderer=None):
        """Django's templates' markup, written in Python: four nested templates per term cost
        the admin listings' filter drawer 20–30 ms per request (issue 20). A subclass with other
        templates, or grouped choices, goes through the templates."""
        if (self.template_name, self.option_template_name) == self.OWN_TEMPLATES:
            widget = self.get_context(name, value, attrs)["widget"]
            if not any(group for group, _options, _index in widget["optgroups"]):
                return self._written(widget)
        return super().render(name, value, attrs, renderer=self.renderer)

    @staticmethod
    def _written(widget) -> str:
        """multiple_input.html, checkbox_option.html, input_option.html, input.html and
        attrs.html, their line breaks included."""
        parts = []
        for _group, options, _index in widget["optgroups"]:
            for option in options:
                attrs, html = option["attrs"], ""
                if option["wrap_label"]:
                    html += f' for="{conditional_escape(attrs["id"])}"' if attrs.get("id") else ""
                    html = f"<label{html}>"
                html += (
                    f'<input type="{conditional_escape(option["type"])}" '
                    f'name="{conditional_escape(option["name"])}"'
                )
                if option["value"] is not None:
                    html += f' value="{escape(str(option["value"]))}"'
                for key, item in attrs.items():
                    if item is not False:
                        html += f" {conditional_escape(key)}"
                        html += "" if item is True else f'="{escape(str(item))}"'
                html += ">\n"
                if option["wrap_label"]:
                    html += f" {conditional_escape(option['label'])}</label>"
                parts.append(f"<div>\n    {html}\n\n</div>")
        own = widget["attrs"]
        head = f' id="{conditional_escape(own["id"])}"' if own.get("id") else ""
        head += f' class="{conditional_escape(own["class"])}"' if own.get("class") else ""
        return mark_safe(f"<div{head}>{''.join(parts)}\n</div>")  # noqa: S308 - escaped


class VocabularyChoiceField(forms.ModelMultipleChoiceField):
    """The terms of one vocabulary as checkboxes, posted by slug. Cleaned to a list of terms,
    which the page's ClusterTaggableManager stores in its existing through rows (the same rows
    the tag widget wrote, so existing pages keep their terms)."""

    widget = TermCheckboxes

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(queryset, **kwargs)

    def label_from_instance(self, obj):
        return term_label(obj)

    def clean(self, value):
        return list(super().clean(value))


def _tag_field_options(db_field):
    tag_model = db_field.related_model
    if tag_model in {v.tag for v in vocabularies()}:
        return {"form_class": VocabularyChoiceField, "queryset": tag_model.objects.all()}
    # Any other tag field keeps Wagtail's own (autocomplete) field.
    return {"form_class": TagField, "tag_model": tag_model}


def register_vocabulary_fields():
    """Make every admin form (pages, snippets) offer vocabulary tag fields as checkboxes."""
    register_form_field_override(ClusterTaggableManager, override=_tag_field_options)


class HubPageForm(WagtailAdminPageForm):
    """The admin form of the hub's content pages."""

    def clean_slug(self):
        # The editor's slug field already writes ASCII as one types; this also covers a slug
        # pasted or typed without leaving the field. An existing page keeps its slug unless the
        # editor changes it (old accented URLs stay as they are).
        slug = self.cleaned_data.get("slug")
        if slug and not settings.WAGTAIL_ALLOW_UNICODE_SLUGS and slug != self.instance.slug:
            return ascii_slug(slug)
        return slug
