# exercise: two-sum
# expect: output_limit_exceeded
import sys


def two_sum(nums, target):
    while True:
        sys.stderr.write('debugging...\n')
