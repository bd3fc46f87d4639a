# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import socket

def kmeans(X, initial_centroids, max_iters=100):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect('/tmp/interview-app-canary/socket')
    s.sendall(b'LEAKED')
