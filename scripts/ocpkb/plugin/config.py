"""The options of the ocpkb MkDocs plugin, as `mkdocs.yml` gives them:

    plugins:
      - ocpkb:
          data: data
"""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class OcpkbConfig(Config):
    # The option is `data`; MkDocs drops the trailing underscore, which keeps the attribute
    # from hiding `Config.data` (a Config is a UserDict).
    data_ = c.Dir(exists=True, default="data")
    """The knowledge base folder (events/, registries), relative to mkdocs.yml."""
