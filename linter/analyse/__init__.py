"""Analysis: an Article annotated once into a Doc (linter.analyse.annotate) -- sentences,
tokens, phrase matching, quotations, attribution frames and readability."""
