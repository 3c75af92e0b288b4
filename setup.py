"""Only for building the egg Scrapyd deploys (`scrapyd-deploy`, which calls `setup.py bdist_egg`);
everything about the package is in pyproject.toml."""

from setuptools import setup

setup()
