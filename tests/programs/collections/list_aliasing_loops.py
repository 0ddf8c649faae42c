nums = [1, 2, 3, 4, 5, 6]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 2 == 0:
        del nums[i]
print(nums)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)
lst = [1, 2, 3]
for x in lst[:]:
    lst.append(x * 10)
print(lst)
result = []
it = iter([1, 2, 3, 4])
for a in it:
    b = next(it, None)
    result.append((a, b))
print(result)
grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * 4 + c
print(grid)
print([row[::-1] for row in grid[::-1]])
print([list(col) for col in zip(*grid)])
rot = [list(row) for row in zip(*grid[::-1])]
print(rot)
