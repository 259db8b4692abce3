"""electview: a desktop viewer for election results."""

__version__ = "0.1.0"
APP_NAME = "electview"
ORGANIZATION_NAME = "electview"
ORGANIZATION_DOMAIN = "electview.org"
