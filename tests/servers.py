"""Real local servers for integration tests (filled in by the LLM layer work)."""
