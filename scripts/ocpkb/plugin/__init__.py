"""The ocpkb MkDocs plugin (`plugins: [ocpkb: {data: data}]` in mkdocs.yml), registered under the
`mkdocs.plugins` entry point by pyproject.toml."""

from .config import OcpkbConfig
from .plugin import OcpkbPlugin, load_site_config

__all__ = ["OcpkbConfig", "OcpkbPlugin", "load_site_config"]
