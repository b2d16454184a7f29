"""The Faust agents: thin wiring between Kafka records and the pure processors.

Each module holds one agent: a plain handler class with the per-record logic (tested without
a broker) and a ``register`` function that attaches it to an app as a Faust agent.
"""
