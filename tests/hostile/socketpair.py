# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import socket

def kmeans(X, initial_centroids, max_iters=100):
    socket.socketpair()
