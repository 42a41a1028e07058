"""Protishruti: a static-site generator for Bangladesh Citizen's Charter records."""

__version__ = "0.1.0"
