# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import resource

def kmeans(X, initial_centroids, max_iters=100):
    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
