# exercise: kmeans
# expect: runtime_error
# needs: landlock
def kmeans(X, initial_centroids, max_iters=100):
    with open('/tmp/interview-app-canary/progress.db', 'r+b') as db:
        db.write(b'corrupted')
