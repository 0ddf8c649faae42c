print("\N{GREEK SMALL LETTER ALPHA}\N{greek small letter beta}\N{SNOWMAN}", len("\N{EM DASH}"))
print(ascii("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{DIGIT ONE}\N{SPACE}\N{DIGIT TWO}", "\N{BLACK HEART SUIT}" == "\u2665")
print(r"\N{SNOWMAN}", b"\N{SNOWMAN}", "\\N{SNOWMAN}")
print(f"\N{WHITE SMILING FACE} {1 + 1}")
