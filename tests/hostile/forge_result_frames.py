# exercise: kmeans
# expect: runtime_error|wrong_answer
import json, os, struct, sys
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    fd = json.loads(sys.argv[1])['result_fd']
    for case in range(40):
        frame = json.dumps({'event': 'result', 'case': case, 'status': 'ok', 'value': None}).encode()
        os.write(fd, struct.pack('>I', len(frame)) + frame)
    frame = json.dumps({'event': 'done'}).encode()
    os.write(fd, struct.pack('>I', len(frame)) + frame)
    os._exit(0)
