"""The mock-interview page: set-up, the timed exam, self-scoring, and the report."""
