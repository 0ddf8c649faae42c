def validate(age):
    assert age >= 0, "age must be non-negative"
    return age
print(validate(10))
x = -3
print(validate(x))
