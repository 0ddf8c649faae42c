# heapq.merge is a lazy k-way merge of already-sorted inputs: it does not re-sort
# (unsorted inputs give CPython's interleaving), works on infinite inputs, keeps ties
# in input order, and honours key= and reverse=.
import heapq
import itertools

print(list(heapq.merge([3, 1], [2])))
print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6])))
print(list(itertools.islice(heapq.merge(itertools.count(), [1.5, 2.5]), 6)))
print(list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge(['aa', 'b'], ['c', 'dd'], key=len)))
print(list(heapq.merge([(1, 'a')], [(1, 'b')], key=lambda t: t[0])))
print(list(heapq.merge([(1, 'b')], [(1, 'a')], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1])), list(heapq.merge([], [2], [])))
m = heapq.merge([1, 4], [2, 3])
print(type(m).__name__, next(m), next(m), list(m))

# nlargest/nsmallest: a count <= 0 gives [] (not all-but-the-last items)
print(heapq.nlargest(-1, [1, 2, 3]), heapq.nsmallest(-2, [1, 2, 3]), heapq.nlargest(0, [1]))
print(heapq.nlargest(2, [1, 3, 2]), heapq.nsmallest(2, iter([3, 1, 2])), heapq.nlargest(5, [1, 2]))
print(heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), heapq.nlargest(2, [(1, 'x'), (1, 'y'), (0, 'z')], key=lambda t: t[0]))
