# exercise: kmeans
# expect: time_limit_exceeded
import signal
for s in (signal.SIGXCPU, signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGALRM):
    signal.signal(s, signal.SIG_IGN)

def kmeans(X, initial_centroids, max_iters=100):
    x = 0
    while True:
        x += 1
