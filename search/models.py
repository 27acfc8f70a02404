"""What editors set for the search: groups of words a search takes for one another."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_MEMBERS = 12


class SynonymGroup(models.Model):
    """One group of equivalent words or phrases ("personnes âgées, seniors, aînés"): a query
    naming any member looks for all of them, on every backend (query expansion, search/french.py).
    Edited in the admin (Paramètres > Synonymes de la recherche); the starting list ships with
    the site (search/synonyms.py, migration 0002)."""

    terms = models.CharField(
        _("mots équivalents"),
        max_length=500,
        unique=True,
        help_text=_(
            "Séparés par des virgules, par exemple « personnes âgées, seniors, aînés ». Une "
            "recherche sur l’un cherche aussi les autres ; un terme peut compter plusieurs mots "
            "et les termes anglais vont avec les français."
        ),
    )

    class Meta:
        ordering = ["terms"]
        verbose_name = _("groupe de synonymes")
        verbose_name_plural = _("synonymes de la recherche")

    def __str__(self):
        return self.terms

    def members(self) -> list[str]:
        return members_of(self.terms)

    def clean(self):
        members = self.members()
        if len(members) < 2:
            raise ValidationError(
                {"terms": _("Indiquez au moins deux termes, séparés par des virgules.")}
            )
        if len(members) > MAX_MEMBERS:
            raise ValidationError(
                {
                    "terms": _("%(max)s termes au plus par groupe : faites plusieurs groupes.")
                    % {"max": MAX_MEMBERS}
                }
            )
        self.terms = ", ".join(members)


def members_of(terms: str) -> list[str]:
    return list(dict.fromkeys(" ".join(m.split()) for m in terms.split(",") if m.strip()))
