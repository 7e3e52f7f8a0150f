"""Data files of the entity recogniser (a package so that setuptools ships them; see README.md)."""
