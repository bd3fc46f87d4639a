import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    """Classify each row of X_test by a majority vote of its k nearest training points.

    X_train: float array (n, d); y_train: integer array (n,); X_test: float array (m, d).
    Returns an integer array (m,) of predicted labels.
    """
    raise NotImplementedError
