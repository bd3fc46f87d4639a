# exercise: two-sum
# expect: output_limit_exceeded
import sys


def two_sum(nums, target):
    out = sys.__stdout__
    while True:
        try:
            out.write('y' * 1000)
            out.flush()
        except OSError:
            pass
