# exercise: kmeans
# expect: runtime_error
# needs: landlock
import numpy, os

def kmeans(X, initial_centroids, max_iters=100):
    target = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), 'sitecustomize.py')
    open(target, 'w').write('print(1)')
