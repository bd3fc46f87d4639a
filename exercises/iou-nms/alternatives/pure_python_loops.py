"""Pure Python: sorted() by (-score, index) and a scalar IoU against each kept box."""

import numpy as np


def _iou(a, b):
    iw = min(a[2], b[2]) - max(a[0], b[0])
    ih = min(a[3], b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def nms(boxes, scores, iou_threshold):
    rows = [[float(v) for v in row] for row in boxes]
    order = sorted(range(len(rows)), key=lambda i: (-float(scores[i]), i))
    keep = []
    for i in order:
        if all(_iou(rows[i], rows[j]) <= iou_threshold for j in keep):
            keep.append(i)
    return np.array(keep, dtype=np.int64)
