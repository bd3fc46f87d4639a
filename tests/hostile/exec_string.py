# exercise: kmeans
# expect: runtime_error
# needs: seccomp
def kmeans(X, initial_centroids, max_iters=100):
    exec("import os; os.execv('/bin/sh', ['sh', '-c', 'touch /tmp/interview-app-canary/from_exec'])")
