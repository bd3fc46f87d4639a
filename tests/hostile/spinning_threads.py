# exercise: kmeans
# expect: time_limit_exceeded|runtime_error
import threading

def spin():
    while True:
        pass

def kmeans(X, initial_centroids, max_iters=100):
    for _ in range(4):
        threading.Thread(target=spin, daemon=True).start()
    spin()
