"""No union-find and no search: each user carries a group label and a label's member list;
merging relabels the smaller group (each user is relabelled O(log n) times)."""


def count_groups(n, friendships):
    label = list(range(n))
    members = {i: [i] for i in range(n)}
    for a, b in friendships:
        la, lb = label[a], label[b]
        if la == lb:
            continue
        if len(members[la]) < len(members[lb]):
            la, lb = lb, la
        for user in members[lb]:
            label[user] = la
        members[la].extend(members.pop(lb))
    return len(members)
