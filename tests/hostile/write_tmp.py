# exercise: kmeans
# expect: runtime_error
# needs: landlock
def kmeans(X, initial_centroids, max_iters=100):
    open('/tmp/interview-app-canary/written.txt', 'w').write('x')
