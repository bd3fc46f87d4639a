"""Forgets to clamp the intersection's width and height at 0, so two negatives make a positive."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = list(np.argsort(-scores, kind="stable"))
    keep = []
    while order:
        best = order.pop(0)
        keep.append(best)
        b, o = boxes[best], boxes[order]
        w = np.minimum(b[2], o[:, 2]) - np.maximum(b[0], o[:, 0])
        h = np.minimum(b[3], o[:, 3]) - np.maximum(b[1], o[:, 1])
        inter = w * h
        union = (b[2] - b[0]) * (b[3] - b[1]) + (o[:, 2] - o[:, 0]) * (o[:, 3] - o[:, 1]) - inter
        order = [i for i, v in zip(order, inter / union, strict=True) if v <= iou_threshold]
    return np.array(keep, dtype=np.int64)
