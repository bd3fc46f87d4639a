import numpy as np


def gaussian_nb_predict(X_train, y_train, X_test, var_smoothing=1e-9):
    """Fit Gaussian naive Bayes on (X_train, y_train) and predict a label for each row of X_test.

    X_train: float array (n, d); y_train: integer array (n,); X_test: float array (m, d).
    Returns an integer array (m,) of predicted labels.
    """
    raise NotImplementedError
