"""wagtail-localize writes the date of a translated string with `strftime("%-d %B %Y")`, in the
C locale whatever the admin's language ("Traduit manuellement le 1 December 2026"). Its comment
is rebuilt here with Django's date formatting in the active language ("1 décembre 2026"); the
sentence itself stays wagtail-localize's, with its own translations."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _


def localized_comment(self):
    date = formats.date_format(timezone.localtime(self.updated_at), "j F Y")
    if self.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=self.tool_name, date=date
        )
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def install() -> None:
    from wagtail_localize.models import StringTranslation

    StringTranslation.get_comment = localized_comment
