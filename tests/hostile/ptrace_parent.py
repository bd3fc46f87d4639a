# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import ctypes, os

def kmeans(X, initial_centroids, max_iters=100):
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.ptrace(16, os.getppid(), 0, 0) != 0:
        raise PermissionError(ctypes.get_errno(), 'ptrace refused')
