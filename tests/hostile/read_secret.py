# exercise: kmeans
# expect: runtime_error
# needs: landlock
def kmeans(X, initial_centroids, max_iters=100):
    raise RuntimeError('LEAKED ' + open('/tmp/interview-app-canary/secret.txt').read())
