"""The pure-Python core of quizapp: ingest, analysis, generation and bank validation.

Nothing in this package imports Flask; views and commands are thin layers over it.
"""
