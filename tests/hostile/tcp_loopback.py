# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import socket

def kmeans(X, initial_centroids, max_iters=100):
    s = socket.create_connection(('127.0.0.1', PORT), timeout=1)
    s.sendall(b'LEAKED')
