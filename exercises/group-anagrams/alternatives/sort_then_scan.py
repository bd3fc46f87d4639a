"""Sorts the positions by their word's signature (a stable sort keeps input order within a
group), then cuts the sorted run wherever the signature changes."""


def group_anagrams(words):
    signature = ["".join(sorted(w)) for w in words]
    order = sorted(range(len(words)), key=lambda i: signature[i])
    groups = []
    for i in order:
        if groups and signature[groups[-1][0]] == signature[i]:
            groups[-1].append(i)
        else:
            groups.append([i])
    return [[words[i] for i in group] for group in groups]
