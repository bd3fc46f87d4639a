# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import os

def kmeans(X, initial_centroids, max_iters=100):
    with open(f'/proc/{os.getppid()}/mem', 'rb') as mem:
        raise RuntimeError('LEAKED ' + mem.read(16).hex())
