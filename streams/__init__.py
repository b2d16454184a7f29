"""newsstream's wiring: the Faust app, topics, agents, tables, codecs, CLI and metrics."""
