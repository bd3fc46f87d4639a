# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import subprocess

def kmeans(X, initial_centroids, max_iters=100):
    subprocess.Popen(['sleep', '600'], start_new_session=True)
    return None
