"""Precomputes the full IoU matrix by broadcasting, then sweeps with a boolean 'alive' mask."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes.T
    iw = np.maximum(0.0, np.minimum(x2[:, None], x2) - np.maximum(x1[:, None], x1))
    ih = np.maximum(0.0, np.minimum(y2[:, None], y2) - np.maximum(y1[:, None], y1))
    inter = iw * ih
    area = (x2 - x1) * (y2 - y1)
    iou = inter / (area[:, None] + area[None, :] - inter)
    order = np.lexsort((np.arange(len(scores)), -scores))
    alive = np.ones(len(scores), dtype=bool)
    keep = []
    for i in order:
        if alive[i]:
            keep.append(i)
            alive &= ~(iou[i] > iou_threshold)
    return np.asarray(keep, dtype=np.int64)
