# exercise: kmeans
# expect: runtime_error
# needs: landlock
import pwd, os

def kmeans(X, initial_centroids, max_iters=100):
    home = pwd.getpwuid(os.getuid()).pw_dir
    open(os.path.join(home, 'interview-app-pwned.txt'), 'w').write('x')
