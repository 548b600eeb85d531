"""The command line: the root app (main.py) and what every command group shares (support.py).

Each area keeps its own command group beside its code (trainer/gateway/cli.py, video/cli.py, channels/cli.py).
"""
