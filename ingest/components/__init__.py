"""spaCy components of the mcfgraph pipeline (registered through spaCy factories on import)."""
