"""Deploy a participant's bot: export.py writes a folder that runs anywhere; kit/ is what it copies in."""
