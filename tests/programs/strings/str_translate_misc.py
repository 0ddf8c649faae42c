table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table))
table2 = str.maketrans({"a": "1", "b": None})
print("abcabc".translate(table2))
print("hello".replace("l", ""), "hello".strip("ho"))
print("CamelCaseString".lower(), "snake_case_here".replace("_", " ").title().replace(" ", ""))
def is_palindrome(s):
    clean = "".join(c.lower() for c in s if c.isalnum())
    return clean == clean[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("z"))
print(" ".join(w[::-1] for w in "reverse each word".split()))
print("abc".startswith(""), "".endswith(""), "abc".find(""), "abc".rfind(""))
