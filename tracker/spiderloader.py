"""Finds each platform's spider in `spiders/<platform>/spider.py`.

Scrapy's own loader imports every module below SPIDER_MODULES, which would import each platform's
tests (and pytest with them) in production; this one imports only the spider module of each
platform package, found by walking `spiders`, so adding a platform still edits no list.
"""

from __future__ import annotations

import importlib
import pkgutil

from scrapy.spiderloader import SpiderLoader


class PlatformSpiderLoader(SpiderLoader):
    def _load_all_spiders(self) -> None:
        for root in self.spider_modules:
            package = importlib.import_module(root)
            for found in pkgutil.iter_modules(package.__path__):
                if not found.ispkg:
                    continue
                name = f"{root}.{found.name}.spider"
                try:
                    module = importlib.import_module(name)
                except ModuleNotFoundError as exc:
                    if exc.name == name:
                        continue  # a package without a spider (shared code)
                    raise
                self._load_spiders(module)
        self._check_name_duplicates()
