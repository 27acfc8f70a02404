"""wagtail-localize writes the date of a translated string with `strftime("%-d %B %Y")`, in the
C locale whatever the admin's language ("Traduit manuellement le 1 December 2026"). Its comment
is rebuilt here with Django's date formatting in the active language ("1 décembre 2026"); the
sentence itself stays wagtail-localize's, with its own translations."""

from django.utils import formats, timezone, translation

# wagtail-localize's sentences, translated by its catalogues: called through this name so that
# `make messages` does not copy them into the project's catalogues (they would wait there for an
# English translation the project does not need).
their_gettext = translation.gettext


def localized_comment(self):
    date = formats.date_format(timezone.localtime(self.updated_at), "j F Y")
    if self.tool_name:
        return their_gettext("Translated with {tool_name} on {date}").format(
            tool_name=self.tool_name, date=date
        )
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return their_gettext("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return their_gettext("Machine translated on {date}").format(date=date)
    return None


def install() -> None:
    from wagtail_localize.models import StringTranslation

    StringTranslation.get_comment = localized_comment
