# exercise: kmeans
# expect: runtime_error
# needs: landlock
import numpy, os

def kmeans(X, initial_centroids, max_iters=100):
    os.remove(os.path.join(os.path.dirname(numpy.__file__), 'version.py'))
