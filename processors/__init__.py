"""newsstream's domain: text in, statements, agreement observations and alerts out.

Pure Python: no Kafka, no Faust, no I/O on the processing path.
"""
