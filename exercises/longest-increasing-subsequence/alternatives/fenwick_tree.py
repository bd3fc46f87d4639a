"""Compresses the values to ranks and keeps, in a Fenwick tree, the best length ending at
each rank; strictness comes from querying only ranks below the current one."""


def length_of_lis(nums):
    ranks = {v: r for r, v in enumerate(sorted(set(nums)), start=1)}
    tree = [0] * (len(ranks) + 1)
    best = 0
    for x in nums:
        r = ranks[x]
        i, length = r - 1, 0
        while i > 0:  # prefix maximum over ranks 1 .. r - 1
            length = max(length, tree[i])
            i -= i & -i
        length += 1
        best = max(best, length)
        while r < len(tree):
            tree[r] = max(tree[r], length)
            r += r & -r
    return best
