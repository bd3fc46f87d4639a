import numpy as np


def gaussian_nb_predict(X_train, y_train, X_test, var_smoothing=1e-9):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    classes, inverse, counts = np.unique(y_train, return_inverse=True, return_counts=True)
    n_classes, d = len(classes), X_train.shape[1]

    epsilon = var_smoothing * X_train.var(axis=0).max()
    means = np.zeros((n_classes, d))
    variances = np.zeros((n_classes, d))
    for c in range(n_classes):
        rows = X_train[inverse == c]
        means[c] = rows.mean(axis=0)
        variances[c] = rows.var(axis=0) + epsilon  # population variance (ddof=0)
    log_prior = np.log(counts / len(y_train))

    # log N(x | mean, var) summed over features, for every (test point, class) pair
    diff = X_test[:, None, :] - means[None, :, :]  # (m, C, d)
    log_likelihood = -0.5 * (np.log(2 * np.pi * variances)[None] + diff**2 / variances[None]).sum(
        axis=2
    )
    log_posterior = log_prior[None, :] + log_likelihood  # up to a constant per test point
    return classes[np.argmax(log_posterior, axis=1)].astype(np.int64)
