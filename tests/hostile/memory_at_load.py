# exercise: kmeans
# expect: memory_limit_exceeded
BLOB = b'x' * (10 ** 11)
