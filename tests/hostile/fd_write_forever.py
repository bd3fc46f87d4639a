# exercise: two-sum
# expect: output_limit_exceeded
import os


def two_sum(nums, target):
    while True:
        try:
            os.write(2, b'x' * 4096)
        except OSError:
            pass
