"""Spectral's `spectral:oas` and Redocly's `recommended` rules, reimplemented for CI (Python only).

`spectral.RULES` and `redocly.RULES` map each rule's upstream name to a function that returns
the problems it finds in a parsed OpenAPI 3.0 document (an empty list when the rule passes).
`walk.py` holds what the rules share: the places of an OpenAPI document they look at.
"""
