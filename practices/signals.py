"""Signals of the practices app for the apps above it."""

from django.dispatch import Signal

# Sent with commune, postal_code and insee_code when a card is cleaned, saved or imported: an app
# that knows the communes (territories) answers with {"code", "name", "department", "terms":
# [{"slug", "reason"}]} or None. Practices stays unaware of who answers (it is a lower layer).
locate_practice = Signal()
