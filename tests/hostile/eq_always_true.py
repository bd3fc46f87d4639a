# exercise: kmeans
# expect: runtime_error
class Anything:
    def __eq__(self, other):
        return True
    def __array__(self, dtype=None, copy=None):
        raise RuntimeError

def kmeans(X, initial_centroids, max_iters=100):
    return Anything(), Anything()
