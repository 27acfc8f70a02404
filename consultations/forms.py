"""Public forms of a consultation: a contribution (proposal or reply), a support, a report."""

from django import forms
from django.utils.translation import gettext_lazy as _

from consultations.models import (
    BODY_MAX,
    PSEUDONYM_MAX,
    TERRITORY_MAX,
    TITLE_MAX,
    Contribution,
    Profile,
)
from core.antiabuse import AntiRobotForm

EMAIL_HELP = _("Pour confirmer votre contribution par un lien ; jamais publiée ni transmise.")


class ContributionForm(AntiRobotForm, forms.ModelForm):
    """Plain text only: what people type is shown escaped, links as text."""

    section = forms.ChoiceField(label=_("Question ou partie concernée"), required=False)
    email = forms.EmailField(
        label=_("Votre adresse électronique"),
        help_text=EMAIL_HELP,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    charter = forms.BooleanField(
        label=_("J’ai lu la charte de modération et je m’engage à la respecter."),
        error_messages={
            "required": _("Cochez cette case : chaque contribution respecte la charte.")
        },
    )

    class Meta:
        model = Contribution
        fields = ["section", "title", "body", "pseudonym", "profile", "department", "commune"]
        labels = {
            "title": _("Titre de votre proposition"),
            "body": _("Votre texte"),
            "pseudonym": _("Pseudonyme"),
            "profile": _("Vous êtes"),
            "department": _("Votre département"),
            "commune": _("Votre commune (facultatif)"),
        }
        help_texts = {
            "title": _("150 caractères au plus."),
            "body": _(
                "Texte simple, 3 000 caractères au plus. Les liens s’affichent comme du texte."
            ),
            "pseudonym": _("Publié avec votre contribution. N’y mettez pas votre adresse."),
            "department": _("Publié avec votre contribution, et compté dans la synthèse."),
            "commune": _("Publiée à la place du nom du département si vous la donnez."),
        }
        widgets = {
            "title": forms.TextInput(attrs={"maxlength": TITLE_MAX}),
            "body": forms.Textarea(attrs={"rows": 8, "maxlength": BODY_MAX}),
            "pseudonym": forms.TextInput(
                attrs={"maxlength": PSEUDONYM_MAX, "autocomplete": "nickname"}
            ),
            "commune": forms.TextInput(attrs={"maxlength": TERRITORY_MAX}),
        }

    def __init__(self, *args, consultation, parent=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        self.parent = parent
        self.fields["profile"].choices = [("", _("Sélectionner une option")), *Profile.choices]
        sections = consultation.section_choices()
        if parent is not None or not sections:
            del self.fields["section"]
        else:
            self.fields["section"].choices = [("", _("Sélectionner une option")), *sections]
            self.fields["section"].required = True
        if parent is not None:
            del self.fields["title"]
        else:
            self.fields["title"].required = True
        self.fields["department"].choices = [
            ("", _("Sélectionner une option")),
            *list(self.fields["department"].choices)[1:],
        ]
        for name in ("body", "pseudonym"):
            self.fields[name].required = True

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Écrivez votre contribution."))
        return body


class EmailForm(AntiRobotForm):
    """The address of a person who supports a contribution (no account)."""

    email = forms.EmailField(
        label=_("Votre adresse électronique"),
        help_text=_(
            "Un lien vous est envoyé pour confirmer votre soutien ; l’adresse n’est jamais publiée."
        ),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class ReportForm(AntiRobotForm):
    reason = forms.CharField(
        label=_("Pourquoi signalez-vous cette contribution ?"),
        help_text=_(
            "Par exemple : propos injurieux, données personnelles, publicité. "
            "1 000 caractères au plus."
        ),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
    )


class WithdrawForm(forms.Form):
    """Only a button: the signed link in the URL is what proves who asks."""
