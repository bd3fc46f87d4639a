# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import socket

def kmeans(X, initial_centroids, max_iters=100):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto(b'LEAKED', ('127.0.0.1', PORT))
