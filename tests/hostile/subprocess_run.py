# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import subprocess

def kmeans(X, initial_centroids, max_iters=100):
    subprocess.run(['touch', '/tmp/interview-app-canary/from_subprocess'])
