"""The "follow this search" form: an address and a frequency, with the submission form's
protections (core.antiabuse: honeypot, minimum filling time)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import Frequency
from core.antiabuse import AntiRobotForm


class FollowForm(AntiRobotForm):
    email = forms.EmailField(
        label=_("Votre adresse électronique"),
        help_text=_("Pour confirmer l’alerte par un lien ; jamais publiée ni transmise."),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Indiquez l’adresse à laquelle envoyer les nouveautés."),
            "invalid": _("Indiquez une adresse électronique valide, par exemple nom@exemple.fr."),
        },
    )
    frequency = forms.ChoiceField(
        label=_("Fréquence"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choisissez une fréquence : chaque jour ou chaque semaine.")},
    )
    # The search's URL parameters, as on the search page (unknown ones are dropped).
    search = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(choices=Frequency.choices)
