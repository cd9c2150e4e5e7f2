"""`ocpkb serve`: MkDocs' serve loop (mkdocs.commands.serve) with the data folder of `--data`.

The preview itself is the plugin's (`on_serve`), so `mkdocs serve` behaves the same; this only
exists because MkDocs loads mkdocs.yml again for every full rebuild, and each load must get
`--data` again.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.livereload import LiveReloadServer, _serve_url

from ..plugin import load_site_config

log = logging.getLogger("mkdocs.plugins.ocpkb.preview")


def serve(config_file: Path, data_dir: Path, dev_addr: str, open_in_browser: bool = False) -> None:
    site_dir = tempfile.mkdtemp(prefix="ocpkb-preview-")

    def get_config():
        return load_site_config(config_file, data_dir, site_dir=site_dir, dev_addr=dev_addr)

    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    host, port = config.dev_addr
    mount_path = urlsplit(config.site_url or "/").path
    config.site_url = serve_url = _serve_url(host, port, mount_path)

    def builder(config=None):
        log.info("Building documentation...")
        if config is None:
            config = get_config()
            config.site_url = serve_url
        build(config, serve_url=serve_url)

    server = LiveReloadServer(builder=builder, host=host, port=port, root=site_dir, mount_path=mount_path)
    server.error_handler = lambda code: _error_page(Path(site_dir), code)
    try:
        builder(config)
        server.watch(config.docs_dir)
        server.watch(config.config_file_path)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve(open_in_browser=open_in_browser)
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)


def _error_page(site_dir: Path, code: int) -> bytes | None:
    page = site_dir / f"{code}.html"
    return page.read_bytes() if code in (404, 500) and page.is_file() else None
