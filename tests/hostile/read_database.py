# exercise: kmeans
# expect: runtime_error
# needs: landlock
def kmeans(X, initial_centroids, max_iters=100):
    data = open('/tmp/interview-app-canary/progress.db', 'rb').read()
    raise RuntimeError('LEAKED ' + data[:20].hex())
