"""Uses mean +- 1.96 bootstrap standard errors instead of the percentile interval."""


def bootstrap_ci(x, idx, alpha=0.05):
    means = x[idx].mean(axis=1)
    se = means.std(ddof=1)
    centre = x.mean()
    return float(centre - 1.96 * se), float(centre + 1.96 * se)
