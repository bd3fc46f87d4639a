# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import os, signal

def kmeans(X, initial_centroids, max_iters=100):
    os.kill(os.getppid(), signal.SIGKILL)
    os.kill(-1, signal.SIGKILL)
