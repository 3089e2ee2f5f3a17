"""How kg extract starts: what the CLI imports, which parts of the trained pipeline are loaded
(only those the extractor reads, with the same annotations as the whole pipeline), the election
index and the entities' order."""

import re
import subprocess
import sys

import pytest
import spacy
from spacy.symbols import ORTH

from graph.news.lexicon import load_lexicon
from graph.news import names as names_module
from graph.news.names import election_info
from graph.news.pipeline import DEFAULT_MODEL, EXCLUDED, load_pipeline, model_folder

SENTENCES = [
    "Sen. Maria Ortega endorsed Rep. Tom Reyes on Monday, saying the Ohio race needed a steady hand.",
    "Reyes has been endorsed by the United Auto Workers and former Gov. Linda Dawson, according to the campaign.",
    "Dawson, a former Democrat who registered as a Republican last year, declined to endorse in the primary.",
]


def _annotations(nlp):
    return [
        ([(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_) for t in doc],
         [(e.start, e.end, e.label_) for e in doc.ents])
        for doc in nlp.pipe(SENTENCES)
    ]  # fmt: skip


def test_importing_the_cli_imports_no_heavy_library():
    """`import graph.cli` (every kg command, --help) loads neither spaCy nor rdflib, pandas or YAML."""
    code = "import sys, graph.cli; print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert not {"spacy", "thinc", "rdflib", "pandas", "yaml", "trafilatura"} & set(done.stdout.split())


def test_the_pipeline_leaves_out_the_components_the_extractor_never_reads():
    """The sentence recognizer (disabled in en_core_web_sm) is not loaded at all."""
    nlp = load_pipeline(model_folder())
    assert "senter" in EXCLUDED
    assert not set(EXCLUDED) & set(nlp.component_names)
    assert {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"} <= set(nlp.pipe_names)


def test_the_default_pipeline_annotates_as_the_whole_one():
    """Tags, lemmas, parse and entities are those of the pipeline loaded with every component."""
    folder = model_folder()
    assert _annotations(load_pipeline.__wrapped__(folder)) == _annotations(spacy.load(folder))


def test_the_default_pipeline_does_not_read_its_tokenizer_again(monkeypatch):
    """The default's saved tokenizer is the one its config builds, so it is left unread."""
    folder = model_folder(DEFAULT_MODEL)
    whole = spacy.load(folder)
    assert spacy.load(folder, exclude=["tokenizer"]).tokenizer.to_bytes() == whole.tokenizer.to_bytes()
    asked = []
    real_load = spacy.load
    monkeypatch.setattr(spacy, "load", lambda path, **kw: asked.append(kw.get("exclude")) or real_load(path, **kw))
    load_pipeline.__wrapped__(folder)
    assert "tokenizer" in asked[0]


def test_another_pipeline_keeps_its_own_tokenizer(tmp_path):
    """A pipeline folder given with --model is read whole, its tokenizer's special cases included."""
    nlp = spacy.load(model_folder(), exclude=["senter"])
    nlp.tokenizer.add_special_case("kgtest", [{ORTH: "kg"}, {ORTH: "test"}])
    nlp.to_disk(tmp_path)
    assert [t.text for t in load_pipeline.__wrapped__(tmp_path)("a kgtest b")] == ["a", "kg", "test", "b"]


# --- what kg extract does before reading: the election index, entities ----------------------

def test_election_names_are_read_without_building_a_pattern_per_name(monkeypatch):
    """The lexicon's office and place patterns are compiled once, not looked up per election."""
    lexicon = load_lexicon()
    election_info("2013 LA mayoral runoff", lexicon)

    class NoPatternFromText:
        def __getattr__(self, name):
            if name in ("search", "sub", "compile", "match", "fullmatch", "findall", "finditer"):
                pytest.fail(f"re.{name} on a pattern built from text")
            return getattr(re, name)

    monkeypatch.setattr(names_module, "re", NoPatternFromText())
    info = election_info("2013 LA mayoral runoff", lexicon)
    assert (info.office, info.places, info.year) == ("mayor", frozenset({"los", "angeles"}), "2013")
    info = election_info("2022 Alabama Democratic primary for U.S. House, district 2", lexicon)
    assert (info.office, info.places, info.year) == ("house", frozenset({"alabama"}), "2022")


def test_entities_come_in_the_order_of_their_iris(seed_kg):
    """KnowledgeGraph.entities sorts what its query leaves unordered: by IRI, as before."""
    iris = [e.iri for e in seed_kg.entities()]
    assert iris == sorted(iris) and len(iris) == len(set(iris))


def test_an_alternation_is_a_tree_that_matches_as_its_words_longest_first():
    """lexicon.alternation writes words as a tree of shared beginnings (the engine tries each
    beginning once, not once per word: the rules that hold the lexicon's roles match some three
    times as fast), and it finds what the list of the words, longest first, finds."""
    from graph.news.lexicon import alternation

    assert alternation(["gov.", "governor", "gov", "vice president"]) == r"(?:(?:gov(?:\.|ernor)?|vice\s+president))"
    roles = sorted(load_lexicon().roles)
    listed = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(roles, key=lambda w: (-len(w), w))) + ")"
    tree = alternation(roles)
    text = " ".join(f"{w} {w.upper()} {w[:-1]} {w.replace(' ', '  ')}s x{w}" for w in roles)
    for pattern in (r"\b{}\b", r"{}", r"(?:the\s+)?{}(?:\s+\w+)?"):
        want = [m.span() for m in re.finditer(pattern.format(listed), text, re.IGNORECASE)]
        assert [m.span() for m in re.finditer(pattern.format(tree), text, re.IGNORECASE)] == want


def test_a_name_is_tokenized_only_when_a_text_holds_its_words():
    """The reader's phrase matchers make a name's patterns the first time a text holds all of
    its words, and from then on match it as a PhraseMatcher would."""
    from graph.news.phrases import LazyPhrases

    nlp = spacy.blank("en")
    asked = []

    def patterns(name):
        asked.append(name)
        return [nlp.make_doc(name)]

    phrases = LazyPhrases(nlp.vocab, "ORTH", patterns)
    for name in ("Mary Ortega", "Tom Reyes", "Reyes"):
        phrases.add(name, name)
    found = lambda text: [(nlp.vocab.strings[k], s, e) for k, s, e in phrases(nlp.make_doc(text))]  # noqa: E731
    assert found("Ortega spoke.") == [] and asked == []
    assert found("Ortega spoke; Mary left.") == [] and asked == ["Mary Ortega"]  # both words, apart: no match
    assert found("Tom Smith met Mary Ortega.") == [("Mary Ortega", 3, 5)]
    assert "Tom Reyes" not in asked and "Reyes" not in asked
    assert sorted(found("Sen. Tom Reyes won.")) == [("Reyes", 2, 3), ("Tom Reyes", 1, 3)]
    assert sorted(asked) == ["Mary Ortega", "Reyes", "Tom Reyes"]


def test_a_lower_case_matcher_waits_for_the_words_in_any_case():
    from graph.news.phrases import LazyPhrases

    nlp = spacy.blank("en")
    phrases = LazyPhrases(nlp.vocab, "LOWER", lambda name: [nlp.make_doc(name)])
    phrases.add("party", "Working Families Party")
    phrases.add("dash", "--")  # no words: there from the start
    assert [(s, e) for _, s, e in phrases(nlp.make_doc("the WORKING FAMILIES party -- said"))] == [(1, 4), (4, 5)]
