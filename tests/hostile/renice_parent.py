# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import os

def kmeans(X, initial_centroids, max_iters=100):
    os.setpriority(os.PRIO_PROCESS, os.getppid(), 19)
