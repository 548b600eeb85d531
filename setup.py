"""Only what pyproject.toml cannot say: ship the top-level assets/ folder inside the wheel as gigai/_assets.

A plain `pip install` (Colab, the offline pack, a deployed app) then has the fonts, music and sample
businesses; gigai.config.assets_dir() finds them there or in a checkout.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["gigai", "gigai.*"]) + ["gigai._assets"],
    package_dir={"gigai._assets": "assets"},
)
