"""Production settings with django-dsfr's subresource-integrity attributes off: only for the
page-weight measurement of bench/pages_bench.py.

ManifestStaticFilesStorage rewrites the url(...) references inside dsfr.min.css and
utility.min.css when it hashes file names, so their content no longer matches the SHA-384 digests
that django-dsfr puts in `integrity` attributes, and browsers refuse both stylesheets (and never
load the fonts). The benchmark measures the page as served and also as it would be without that
bug, with these settings.
"""

from hub.settings.production import *  # noqa: F403

DSFR_USE_INTEGRITY_CHECKSUMS = False
