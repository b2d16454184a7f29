"""JSON Schemas (draft 2020-12) of every message on every newsstream topic.

The files are the contract; ``streams.codecs`` loads and compiles them once at start-up.
"""
