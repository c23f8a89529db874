"""newsverify: check news articles' figures and quotes against their primary sources."""

__version__ = "0.1.0"
