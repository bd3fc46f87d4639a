import numpy as np


def gmm_em_step(X, weights, means, covariances):
    """One E-step and one M-step of EM for a full-covariance Gaussian mixture.

    X (n, d); weights (k,); means (k, d); covariances (k, d, d).
    Returns (resp, weights, means, covariances, log_likelihood): resp (n, k), the updated
    parameters with the input shapes, and the log-likelihood of X under the input parameters.
    """
    raise NotImplementedError
