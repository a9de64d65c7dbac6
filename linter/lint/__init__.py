"""Linting: the engine that runs the checks over annotated articles, and what decides
what it reports -- packs, config cascade, policy, suppression comments, baselines and
safe fixes."""
