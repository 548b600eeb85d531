"""The offline pack: build.py gathers wheels, labs and assets; manifest.py pins them by hash; server.py serves them on the LAN."""
