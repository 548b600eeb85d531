"""The offline engine: a deterministic answerer that is not an LLM and says so.

engine.py answers; facts.py splits knowledge into facts; retrieval.py ranks them; lexicon.py (+ lexicon.json)
matches Indonesian words; listing.py answers "apa aja?"; notes.py keeps internal notes out (noteguard.py holds back
answers that would repeat one); domain.py tells on-domain from off-topic; structgen.py
fills structured output.
"""
