"""The command line: the root app (main.py) and what every command group shares (support.py).

Areas with several commands keep their group beside their code (trainer/gateway/cli.py, video/cli.py).
"""
