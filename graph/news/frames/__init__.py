"""Relations read from the dependency parse of a sentence: a trigger word of triggers.yaml, its
two people found along the tree (subject, passive agent, object, possessor, prepositional
objects, appositions, coordinated lists, relative clauses), each resolved to a mention of the
article (a name, or a pronoun's antecedent); the trigger's place in the tree decides whether the
statement is asserted, negated or only supposed.

Party memberships are read the same way: a party word qualifying a person ("Republican Gov. X",
"BJP's X", "X, a senior London Tory", "X has been a Democrat").

The package, from the bottom up (each module imports only from those before it): sentence.py
(a parsed sentence and its mentions; Arg, Frame), scope.py (asserted, negated or supposed),
arguments.py (who does what to whom), races.py (candidacies, standings, results, polls),
parties.py (memberships and moves), readings.py (each trigger's readings of a sentence:
find_frames). A word set lives in the lowest module that reads it.
"""

from .readings import Found, find_frames
from .sentence import Arg, Frame, is_a_party_member_noun, tokens_in

__all__ = ["Arg", "Frame", "Found", "find_frames", "is_a_party_member_noun", "tokens_in"]
