# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import os

def kmeans(X, initial_centroids, max_iters=100):
    if os.system('touch /tmp/interview-app-canary/from_system') != 0:
        raise RuntimeError('blocked')
