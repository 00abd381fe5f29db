"""The targets: one package per output language or format (`targets/<name>/`, see base.py), each
turning the view of a document into {relative path: text} and writing nothing. registry.py
lists them; importing this package imports none of them."""
