"""Protections of the public forms: a honeypot and a minimum filling time (a form mixin), and a
rate limit per client address (core.client) in the shared cache."""

import hashlib
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from core.client import client_address

# Kept from the first form that used it, so forms already open in a browser stay valid.
STARTED_SALT = "practices.submission.started"
# A form left open longer than this is timed again when sent (it comes back with everything
# typed kept); it also bounds how long a used value must be remembered.
STARTED_MAX_AGE = 7 * 24 * 3600


class RateLimit:
    """At most `SUBMISSION_RATE_LIMIT` accepted forms per client address and `scope` in a window
    of `SUBMISSION_RATE_WINDOW` seconds. Only accepted forms count, so a person correcting
    mistakes is never locked out."""

    def __init__(self, scope):
        self.scope = scope

    def _key(self, request):
        return f"ratelimit:{self.scope}:{client_address(request)}"

    def exceeded(self, request):
        return cache.get(self._key(request), 0) >= settings.SUBMISSION_RATE_LIMIT

    def count(self, request):
        key = self._key(request)
        if cache.add(key, 1, timeout=settings.SUBMISSION_RATE_WINDOW):
            return
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=settings.SUBMISSION_RATE_WINDOW)


class AntiRobotForm(forms.Form):
    """A honeypot no person sees or reaches and a signed start time. Put it first in the bases of
    a form (`class F(AntiRobotForm, forms.ModelForm)`); render `website` in a hidden `.hub-hp`
    block and `started` anywhere in the form."""

    website = forms.CharField(
        label=_("Ne remplissez pas ce champ (réservé à la lutte contre les robots)"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signing.dumps(time.time(), salt=STARTED_SALT)

    def clean(self):
        cleaned = super().clean()
        # Both anti-robot errors are shown at the top: the honeypot itself is out of sight.
        if self.data.get("website"):
            self.add_error(
                None,
                _(
                    "Le champ réservé à la lutte contre les robots doit rester vide. "
                    "Videz-le puis envoyez à nouveau le formulaire."
                ),
            )
        if not self._filled_by_a_person():
            self.add_error(
                None,
                _(
                    "Le formulaire a été envoyé trop vite pour avoir été rempli par une "
                    "personne. Vérifiez vos réponses puis envoyez-le à nouveau."
                ),
            )
        elif not self._errors and not self._first_use():
            self.add_error(
                None,
                _(
                    "Ce formulaire a déjà été envoyé une fois. Vérifiez vos réponses puis "
                    "envoyez-le à nouveau si vous voulez faire une autre proposition."
                ),
            )
        return cleaned

    def _first_use(self) -> bool:
        """The signed start time is single use: accepted once (the minimum fill time is paid by
        every form sent, not once for many). Remembered in the shared cache, which every worker
        sees, for as long as the value is valid."""
        digest = hashlib.sha256(self.data.get("started", "").encode()).hexdigest()
        return cache.add(f"antirobot:used:{digest}", 1, timeout=STARTED_MAX_AGE + 3600)

    def _filled_by_a_person(self):
        """Refuse only forms sent faster than a person can type; a slow person is never
        refused (the signature has no expiry)."""
        try:
            started = float(
                signing.loads(
                    self.data.get("started") or "", salt=STARTED_SALT, max_age=STARTED_MAX_AGE
                )
            )
        except (signing.BadSignature, TypeError, ValueError):
            return False
        return time.time() - started >= settings.SUBMISSION_MIN_SECONDS

    def restart_clock(self):
        """A form shown again is timed from now, and keeps everything typed."""
        data = self.data.copy()
        data["started"] = signing.dumps(time.time(), salt=STARTED_SALT)
        self.data = data
