"""The public case-study form: fields of a practice card, anti-abuse checks, attachment checks."""

import io
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from PIL import Image, ImageOps, UnidentifiedImageError

from core.antiabuse import STARTED_SALT, AntiRobotForm
from core.models import page_vocabularies
from practices.models import PracticePage
from submissions.models import Submission, SubmissionFile

MAX_FILES = 5
MAX_FILE_SIZE = 10 * 1024 * 1024
# Below the whole request's limit (settings.MAX_REQUEST_SIZE), so the form says it first.
MAX_TOTAL_SIZE = 20 * 1024 * 1024
IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "application/pdf": "pdf",
}
__all__ = ["STARTED_SALT", "SubmissionForm", "check_upload"]


@dataclass
class CheckedFile:
    """An upload whose type was read from its content; images already re-encoded."""

    name: str
    kind: str
    content_type: str
    content: bytes


def check_upload(upload) -> CheckedFile:
    """Return the file with its real type, or raise a French ValidationError. Images are
    re-encoded, which drops EXIF and other metadata (place, camera, author)."""
    name = upload.name.rsplit("/", 1)[-1][:200]
    if upload.size > MAX_FILE_SIZE:
        raise forms.ValidationError(
            _("« %(name)s » dépasse 10 Mo : réduisez-le ou choisissez un autre fichier."),
            params={"name": name},
        )
    data = upload.read()
    if data.startswith(b"%PDF-"):
        return CheckedFile(name, SubmissionFile.Kind.PDF, "application/pdf", data)
    try:
        with Image.open(io.BytesIO(data)) as probe:
            image_format = probe.format
            # A small file can declare a huge image (13,000 × 13,000 pixels take 1.3 GB once
            # decoded): its size is read from the header, before anything is decoded.
            if probe.width * probe.height > settings.MAX_IMAGE_PIXELS:
                raise _too_many_pixels(name)
            probe.verify()
        if image_format not in IMAGE_FORMATS:
            raise UnidentifiedImageError(image_format)
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            # Keep the orientation the camera recorded before its metadata goes away.
            clean = ImageOps.exif_transpose(image)
            if image_format == "JPEG" and clean.mode not in ("RGB", "L"):
                clean = clean.convert("RGB")
            out = io.BytesIO()
            options = {"quality": 90} if image_format in ("JPEG", "WEBP") else {}
            clean.save(out, format=image_format, **options)
    except Image.DecompressionBombError:  # Pillow's own check at open (set by core.apps)
        raise _too_many_pixels(name) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise forms.ValidationError(
            _(
                "« %(name)s » n’est pas une image JPEG, PNG ou WebP ni un PDF lisible "
                "(le type est vérifié d’après le contenu du fichier, pas son nom)."
            ),
            params={"name": name},
        ) from None
    return CheckedFile(name, SubmissionFile.Kind.IMAGE, IMAGE_FORMATS[image_format], out.getvalue())


def _too_many_pixels(name) -> forms.ValidationError:
    return forms.ValidationError(
        _(
            "« %(name)s » compte plus de %(megapixels)d millions de pixels, le maximum accepté : "
            "réduisez l’image puis envoyez-la à nouveau."
        ),
        params={"name": name, "megapixels": settings.MAX_IMAGE_PIXELS // 1_000_000},
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        uploads = [item for item in (data or []) if item]
        if len(uploads) > MAX_FILES:
            raise forms.ValidationError(
                ngettext("%(count)d fichier au plus.", "%(count)d fichiers au plus.", MAX_FILES)
                % {"count": MAX_FILES}
            )
        if sum(upload.size for upload in uploads) > MAX_TOTAL_SIZE:
            raise forms.ValidationError(
                _(
                    "Les pièces jointes dépassent %(mb)d Mo au total : retirez-en ou "
                    "réduisez-les, puis envoyez à nouveau."
                )
                % {"mb": MAX_TOTAL_SIZE // (1024 * 1024)}
            )
        errors, checked = [], []
        for upload in uploads:
            try:
                checked.append(check_upload(upload))
            except forms.ValidationError as error:
                errors.append(error)
        if errors:
            raise forms.ValidationError(errors)
        return checked


class TermChoiceField(forms.ModelMultipleChoiceField):
    """Vocabulary terms labelled in the visitor's language."""

    def label_from_instance(self, obj):
        return obj.label


class SubmissionForm(AntiRobotForm, forms.ModelForm):
    """Field names follow the practice card; the submitter's identity is never published."""

    inspired_by = forms.ModelChoiceField(
        PracticePage.objects.none(), required=False, widget=forms.HiddenInput
    )
    consent = forms.BooleanField(
        label=_(
            "J’accepte que ce texte et ces fichiers soient publiés sous la Licence Ouverte "
            "(Etalab 2.0) et je confirme en avoir le droit."
        ),
        error_messages={
            "required": _("Cochez cette case : sans votre accord, nous ne pouvons rien publier.")
        },
    )
    attachments = AttachmentsField(
        label=_("Pièces jointes (facultatif)"),
        help_text=_(
            "Jusqu’à 5 fichiers, 10 Mo au plus chacun. Formats acceptés : JPEG, PNG, WebP, PDF. "
            "Les métadonnées des photos (lieu, appareil) sont supprimées."
        ),
    )

    class Meta:
        model = Submission
        fields = [
            "title",
            "summary",
            "structure_name",
            "structure_kind",
            "commune",
            "postal_code",
            # Then one field per vocabulary (added below from the registry).
            "actions",
            "budget_range",
            "setup_time",
            "staff",
            "means",
            "results",
            "partners",
            "inspired_by",
            "submitter_name",
            "submitter_organisation",
            "submitter_email",
            "consent",
        ]
        labels = {
            "title": _("Titre de l’action"),
            "summary": _("Résumé"),
            "structure_name": _("Structure porteuse"),
            "structure_kind": _("Nature de la structure"),
            "commune": _("Commune"),
            "postal_code": _("Code postal"),
            "actions": _("Ce qui a été fait"),
            "budget_range": _("Budget (facultatif)"),
            "setup_time": _("Temps de mise en place (facultatif)"),
            "staff": _("Équipe mobilisée (facultatif)"),
            "means": _("Autres moyens : équipement, locaux… (facultatif)"),
            "results": _("Résultats"),
            "partners": _("Partenaires (facultatif)"),
            "submitter_name": _("Votre nom"),
            "submitter_organisation": _("Votre organisation (facultatif)"),
            "submitter_email": _("Votre adresse électronique"),
        }
        help_texts = {
            "summary": _("L’action en une ou deux phrases, 280 caractères au plus."),
            "postal_code": _("5 chiffres, par exemple 58000."),
            "actions": _("Les étapes, dans l’ordre : une étape par paragraphe."),
            "results": _("Ce que l’action a changé, avec des chiffres si vous en avez."),
            "partners": _("Un partenaire par ligne, avec son rôle."),
            "staff": _("Par exemple : 2 bibliothécaires, 1 conseiller numérique."),
            "submitter_email": _(
                "Pour vous écrire au sujet de votre proposition ; jamais publiée. "
                "Format attendu : nom@domaine.fr"
            ),
            "submitter_name": _("Jamais publié."),
        }
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3, "maxlength": 280}),
            "actions": forms.Textarea(attrs={"rows": 8}),
            "means": forms.Textarea(attrs={"rows": 3}),
            "results": forms.Textarea(attrs={"rows": 5}),
            "partners": forms.Textarea(attrs={"rows": 3}),
            "postal_code": forms.TextInput(
                attrs={"inputmode": "numeric", "autocomplete": "postal-code"}
            ),
            "submitter_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "submitter_organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "submitter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inspired_by"].queryset = PracticePage.objects.live().public()
        for name in ("structure_kind", "budget_range", "setup_time"):
            field = self.fields[name]
            field.choices = [("", _("Sélectionner une option")), *list(field.choices)[1:]]

    @property
    def vocabulary_fields(self):
        """The bound vocabulary fields, for the template."""
        return [self[v.field] for v in form_vocabularies()]

    def _save_m2m(self):
        super()._save_m2m()
        self.instance.set_terms(
            {v.param: self.cleaned_data.get(v.field) or [] for v in form_vocabularies()}
        )


def form_vocabularies():
    """The vocabularies offered on the form (registry order): those cards carry."""
    return [v for v in page_vocabularies() if v.on_submission_form]


def _with_vocabulary_fields(fields: dict) -> dict:
    """The form's fields with one checkbox list per vocabulary after the place: required when
    a published card needs that vocabulary (PracticePage.REQUIRED_TO_PUBLISH), so a moderator
    can publish the card made from it."""
    terms = {
        v.field: TermChoiceField(
            v.tag.objects.all(),
            label=v.label,
            widget=forms.CheckboxSelectMultiple,
            required=v.param in PracticePage.REQUIRED_TO_PUBLISH,
        )
        for v in form_vocabularies()
    }
    ordered = {}
    for name, field in fields.items():
        ordered[name] = field
        if name == "postal_code":
            ordered.update(terms)
    return ordered


SubmissionForm.base_fields = _with_vocabulary_fields(SubmissionForm.base_fields)
# What the submitter typed, in the form's order (the moderators' detail page shows these).
PUBLIC_FIELDS = [
    name
    for name in SubmissionForm.base_fields
    if name in SubmissionForm.Meta.fields or name in {v.field for v in form_vocabularies()}
]
