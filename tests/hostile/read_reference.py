# exercise: kmeans
# expect: runtime_error
# needs: landlock
import os, sys

def kmeans(X, initial_centroids, max_iters=100):
    here = os.path.dirname(sys.modules['harness'].__file__)
    for up in range(2, 7):
        root = os.path.abspath(os.path.join(here, *['..'] * up))
        for path in (os.path.join(root, 'exercises', 'kmeans', 'reference.py'),):
            if os.path.exists(path):
                ns = {}
                exec(open(path).read(), ns)
                raise RuntimeError('LEAKED reference')
    raise RuntimeError('reference not found')
