import numpy as np


def nms(boxes, scores, iou_threshold):
    """Greedy NMS of boxes (N, 4) [x1, y1, x2, y2]: drop a box if IoU > threshold with a kept box.

    Returns the kept indices as an integer array, in decreasing score (ties: smaller index first).
    """
    raise NotImplementedError
