"""electview: a desktop viewer for election results."""

__version__ = "0.1.0"
APP_NAME = "electview"
ORGANIZATION_NAME = "electview"
ORGANIZATION_DOMAIN = "electview.org"
# Reverse-DNS id of the desktop entry, AppStream component, icon and MIME package (resources/linux/).
APP_ID = "org.electview.electview"
