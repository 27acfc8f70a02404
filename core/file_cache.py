"""The embedded shared cache: Django's file cache, with add() and incr() atomic across the
processes of one machine (the page cache's generation bump and the submission rate limit).

Why files and not the database cache: a hit costs two small file reads and no query, writes never
take the database's write lock (an import holding it on SQLite would make cache writes wait or
fail), and no table has to be created. Django's FileBasedCache already writes each entry to a
temporary file and renames it (readers never see half an entry), but its add() and incr() are a
read then a write: two workers bumping the generation together could both write N + 1, and a
page rendered between the two changes would then stay cached. Here both hold an exclusive lock
on one lock file of the cache directory (fcntl: local file systems, one machine; several
machines share Redis instead, whose INCR is atomic).
"""

import fcntl
import os
import pickle
import tempfile
import time
import zlib
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files.move import file_move_safe

LOCK_NAME = "atomic.lock"


class SharedFileCache(FileBasedCache):
    @contextmanager
    def _locked(self):
        self._createdir()
        with open(os.path.join(self._dir, LOCK_NAME), "ab") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked():
            return super().add(key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        """Atomic, and keeps the entry's expiry (the base class would reset it to the default
        timeout, so a generation stored forever would expire)."""
        fname = self._key_to_file(key, version)
        with self._locked():
            try:
                # Entries are pickles as in Django's file cache: written by this site only, in a
                # directory only its user can open (0700).
                with open(fname, "rb") as f:
                    expiry = pickle.load(f)  # noqa: S301
                    if expiry is not None and expiry < time.time():
                        raise FileNotFoundError(fname)
                    value = pickle.loads(zlib.decompress(f.read())) + delta  # noqa: S301
            except FileNotFoundError:
                raise ValueError(f"Key '{key}' not found") from None
            fd, tmp_path = tempfile.mkstemp(dir=self._dir)
            try:
                with open(fd, "wb") as f:
                    f.write(pickle.dumps(expiry, self.pickle_protocol))
                    f.write(zlib.compress(pickle.dumps(value, self.pickle_protocol)))
                file_move_safe(tmp_path, fname, allow_overwrite=True)
            except BaseException:
                if os.path.exists(tmp_path):
                    os.remove(tmp_path)
                raise
            return value
