# Metadata lives in pyproject.toml; this file exists because scrapyd-deploy builds eggs with it.
from setuptools import setup

setup()
