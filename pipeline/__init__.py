"""The pipeline: ingest -> segment -> extract -> write, batches, the CLI and the API (`vnextract.extract`)."""
