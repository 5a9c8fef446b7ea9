"""(to be written)"""

EXAMPLES = []
