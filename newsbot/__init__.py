"""newsbot: crawl Kazakh news sites and export normalized articles as JSON Lines."""

__version__ = "0.1.0"
