"""Plain data shared by every stage: sources, articles, the annotated document, rules,
findings and results. Nothing here imports another stage, so every stage may import it."""
