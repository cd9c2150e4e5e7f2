"""Experiment: a learned classifier over organization candidates of English documents.

Candidates are what the rules give (the organizations of the resolved draft) plus a high-recall
generator of spans that could name an organization (capitalized word runs and their parts, such
a run followed by an organization word written in lower case, link texts, short table cells).
Each candidate gets general features (shape, word classes of the packaged data files, whether a
rule proposed it and how, the lowercased words around its mentions, the kinds of blocks it is
written in, how often it is written, whether the people stage took it for a person) and a
logistic regression (scikit-learn, a training dependency only) says whether it is an
organization the gold lists.

    python benchmarks/org_classifier.py recall --fresh    # the generator's recall of gold organizations
    python benchmarks/org_classifier.py cv                # leave-publisher-out cross-validation
    python benchmarks/org_classifier.py train OUT.json    # weights trained on all training documents
    python benchmarks/org_classifier.py eval WEIGHTS.json ADD DROP -- EVAL-ARGS
        # `ocpkb eval EVAL-ARGS` (totals only) with the weights applied to English drafts: candidates the
        # rules do not give are added at probability >= ADD, the rules' own dropped below DROP ('none': kept)

The candidates and features of the training documents are cached in the temporary folder (org_classifier/org_docs_subN.pickle) (--fresh
rebuilds them). Knobs, as environment variables: ORG_SUB=0 leaves out the parts of capitalized runs
(only whole runs, their 'and' halves, cells, link texts); ORG_C the regularization (0.3); ORG_DROP=p1=,n1=
leaves out features by prefix (ablation); ORG_FILTER=1 trains on the rules' own organizations only (a
filter, no additions); ORG_MODEL=trees fits gradient-boosted trees instead (cross-validation only; set
OMP_NUM_THREADS=1 on a shared machine); ORG_SHOW=N prints the N new candidates ranked highest in cross-validation.

Training documents: the tuning part of tests/ingest/gold (sources in ../shared/corpus) and any pooled dev
sets named in ORG_TRAINING (the twentieth round added the open half of its pooled dev gold), English only. Never the check half, gold-extra or any test part. Results: benchmarks/org_classifier_results.md.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ocpkb.ingest import commands  # noqa: E402
from ocpkb.ingest.classify import dictionary_word, given_name_anywhere  # noqa: E402
from ocpkb.ingest.evaluate import _org_names, load_gold  # noqa: E402
from ocpkb.ingest.lexicon import build_lexicon, normalize  # noqa: E402
from ocpkb.ingest.pipeline import run_stages  # noqa: E402
from ocpkb.ingest.read import read_source  # noqa: E402
from ocpkb.ingest.resolve import Resolution  # noqa: E402
from ocpkb.ingest.segment import segment  # noqa: E402
from ocpkb.ingest.view import json_view  # noqa: E402
from ocpkb.ingest.wordlists import words  # noqa: E402
from ocpkb.kb import load_knowledge_base  # noqa: E402

def _training_sets() -> list[tuple[Path, Path]]:
    """(gold folder, corpus folder) pairs: ORG_TRAINING='GOLD:CORPUS,GOLD:CORPUS' adds a pooled dev
    set kept outside the project (the twentieth round used its open half); the tuning part always."""
    extra = [tuple(map(Path, pair.split(":"))) for pair in os.environ.get("ORG_TRAINING", "").split(",") if pair]
    return [*extra, (ROOT / "tests/ingest/gold", ROOT.parent / "shared/corpus")]
REGISTRY = ROOT / "tests/ingest/registry"

CAP = r"(?:[A-Z0-9À-ÖØ-Þ][\w&'’.+-]*|[a-z]{1,3}[A-Z][\w-]*)"  # 'Contoso', 'F5', 'iX', 'eFab'
JOIN = r"(?:of|for|and|the|de|la|du|der|von|&|at|in|on)"
RUN = re.compile(rf"(?<![\w-]){CAP}(?:[ \t]+(?:{JOIN}[ \t]+){{0,2}}{CAP}){{0,7}}")
LOWER_ORG = re.compile(r"[ \t]+(community|team|group|foundation|project|meetup|maintainers|user group|working group)\b")
TOKEN = re.compile(r"[\w&'’.+-]+")
PREPOSITIONS = {"at", "of", "from", "by", "with", "and", "for", "to", "in", "on", "&"}


def _org_word_set() -> frozenset[str]:
    return frozenset(w.casefold() for w in words("org_words") if w.isascii())


def _suffix_set() -> frozenset[str]:
    return frozenset(w.casefold() for w in words("company_suffixes"))


def _common_set() -> frozenset[str]:
    return frozenset(w.casefold() for w in words("common_words"))


ORG_WORDS, SUFFIXES, COMMON = _org_word_set(), _suffix_set(), _common_set()
PRODUCT_NOUNS = frozenset(w.casefold() for w in words("product_nouns") if w.isascii())
CLASSES = ("roles", "affiliated_nouns", "sponsor_words", "speech_verbs", "talk_nouns", "event_words", "project_roles",
           "team_functions", "platform_words", "venue_kinds")  # word classes of the packaged data files


def _word_classes() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for name in CLASSES:
        for entry in words(name):
            if entry.isascii() and " " not in entry:
                out[entry.casefold()].append(name)
    for word in PREPOSITIONS:
        out[word].append("preposition")
    return {k: tuple(v) for k, v in out.items()}


WORD_CLASSES = _word_classes()
LIST_SEPARATOR = re.compile(r"^\s*(?:,|;|/|·|\||&|\band\b|,\s*and\b)\s*$")


# -- candidates ---------------------------------------------------------------------------------

def _block_texts(blocks) -> list[tuple[str, str]]:
    """(block kind, text) for every text of a block: a table row's cells one by one."""
    out = []
    for block in blocks:
        if block.kind == "byline":
            continue
        if block.cells:
            out += [("cell", cell) for cell in block.cells]
        else:
            out.append((block.kind, block.text))
        out += [("linktext", link) for link in block.links]
    return out


def _trim(span: str) -> str:
    span = re.sub(r"^(?:The|A|An)\s+", "", span.strip(" .,;:'’\"-"))
    return re.sub(r"['’]s$", "", span).strip(" .,;:")


def generated(texts: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Candidate span -> the generator kinds that proposed it."""
    found: dict[str, set[str]] = defaultdict(set)

    def add(span: str, kind: str):
        span = _trim(span)
        if 2 <= len(span) <= 80 and re.search(r"[A-Za-z]", span):
            found[span].add(kind)

    for kind, text in texts:
        if kind in ("cell", "linktext") and len(text.split()) <= 6 and not re.fullmatch(r"[\d\s:.\-–/apmAPM]+", text):
            add(text, kind)
        for match in RUN.finditer(text):
            run = match.group()
            add(run, "run")
            tokens = run.split()
            if len(tokens) > 1:  # its parts: split at 'and' / '&', and each contiguous span of capitalized words
                for part in re.split(r"\s+(?:and|&)\s+", run):
                    add(part, "part")
                for i in range(len(tokens) if os.environ.get("ORG_SUB", "1") == "1" else 0):
                    for j in range(i + 1, min(len(tokens), i + 5) + 1):
                        if (i, j) != (0, len(tokens)) and re.match(CAP, tokens[i]) and re.match(CAP, tokens[j - 1]):
                            add(" ".join(tokens[i:j]), "sub")
            after = LOWER_ORG.match(text, match.end())
            if after:
                add(run + after.group(), "lowerorg")
    return found


# -- features -----------------------------------------------------------------------------------

def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3-5" if n <= 5 else "6+"


def _mentions(name: str, texts: list[tuple[str, str]]):
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for kind, text in texts:
        for match in pattern.finditer(text):
            yield kind, text, match.start(), match.end()


def features(name: str, kinds: set[str], rule: dict, people: set[str], texts, longer=(), rule_names=(),
             hosts=()) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0}
    patterns = [re.compile(rf"(?<![\w-]){re.escape(r)}(?![\w-])") for r in rule_names if r != name]

    def rule_ends(text):
        return [m.end() for p in patterns for m in p.finditer(text)]

    def rule_starts(text):
        return [m.start() for p in patterns for m in p.finditer(text)]

    compact = re.sub(r"[^a-z0-9]", "", name.casefold())
    if len(compact) >= 3:
        for host in hosts:
            if compact in host.split(".")[0] or host.split(".")[0] in compact and len(host.split(".")[0]) >= 4:
                f[f"host_{host.rsplit('.', 1)[-1] if host.rsplit('.', 1)[-1] in ('com', 'org', 'io', 'edu') else 'other'}"] = 1.0
    if re.fullmatch(r"[A-Z]{2,5}", name):
        f["acronym"] = 1.0
    for kind in kinds:
        f[f"gen={kind}"] = 1.0
    for key in rule:
        f[f"rule={key}"] = 1.0
    if not rule:
        f["rule=none"] = 1.0
    tokens = name.split()
    f[f"nw={min(len(tokens), 5)}"] = 1.0
    if name.isupper() and len(name) > 1:
        f["allcaps"] = 1.0
    if re.search(r"\d", name):
        f["digit"] = 1.0
    if re.search(r"[a-z][A-Z]", name):
        f["camel"] = 1.0
    if not name[:1].isupper():
        f["lowerstart"] = 1.0
    if re.search(r"[^\w\s&.'’-]", name):
        f["punct"] = 1.0
    lowered = [t.casefold().strip(".,") for t in tokens]
    if lowered[-1] in SUFFIXES:
        f["last_suffix"] = 1.0
    if lowered[-1] in ORG_WORDS:
        f["last_orgword"] = 1.0
    if any(t in ORG_WORDS for t in lowered):
        f["has_orgword"] = 1.0
    if any(t in COMMON for t in lowered):
        f["has_common"] = 1.0
    dict_share = sum(dictionary_word(t) for t in tokens) / len(tokens)
    f[f"dict={'0' if dict_share == 0 else 'all' if dict_share == 1 else 'some'}"] = 1.0
    if len(tokens) >= 2 and given_name_anywhere(tokens[0]):
        f["given_first"] = 1.0
    if name in people:
        f["is_person"] = 1.0
    elif any(p in name for p in people if len(p) > 3):
        f["holds_person"] = 1.0
    count = 0
    block_kinds, context = set(), set()
    person_alt = [p for p in people if len(p) > 3]
    for kind, text, start, end in _mentions(name, texts):
        count += 1
        if count > 12:
            continue
        block_kinds.add(kind)
        before = TOKEN.findall(text[:start])[-2:]
        after = TOKEN.findall(text[end:])[:2]
        for i, w in enumerate(reversed(before)):
            context.add(f"p{i + 1}={w.casefold()}")
        for i, w in enumerate(after):
            context.add(f"n{i + 1}={w.casefold()}")
            if i == 0 and w.casefold() in PRODUCT_NOUNS:
                context.add("product_noun_after")
        for i, w in enumerate(TOKEN.findall(text[:start])[-3:][::-1]):
            for cls in WORD_CLASSES.get(w.casefold(), ()):
                context.add(f"pc={cls}")
        for w in TOKEN.findall(text[end:])[:3]:
            for cls in WORD_CLASSES.get(w.casefold(), ()):
                context.add(f"nc={cls}")
        if any(LIST_SEPARATOR.match(text[e:start]) for e in rule_ends(text)) \
                or any(LIST_SEPARATOR.match(text[end:b]) for b in rule_starts(text)):
            context.add("listmate_of_rule")
        if not before:
            context.add("starts")
        if before and before[-1].casefold() in PREPOSITIONS:
            context.add("after_prep")
        head = text[:start].rstrip()
        if head.endswith("(") and text[end:].lstrip().startswith(")"):
            context.add("in_parens")
        if any(re.search(rf"{re.escape(p)}\s*[,(–—-]\s*$", text[:start]) for p in person_alt):
            context.add("after_person")
        if text[:start].rstrip().endswith(","):
            context.add("after_comma")
        if start == 0 and end == len(text):
            context.add("whole_text")
    lower = re.compile(rf"(?<![\w-]){re.escape(name.casefold())}(?![\w-])")
    if name.casefold() != name and any(lower.search(text) for _, text in texts):
        f["also_lowercase"] = 1.0
    if any(n != name and name in n and n[:1].isupper() for n in longer):
        f["inside_longer"] = 1.0
    for key in block_kinds:
        f[f"block={key}"] = 1.0
    for key in context:
        f[key] = 1.0
    f[f"count={_bucket(count)}"] = 1.0
    return f


def document_candidates(source_path: Path, view: dict, resolution) -> list[tuple[str, dict[str, float]]]:
    """Every candidate of one document, with its features."""
    source = read_source(source_path)
    blocks = segment(source) if hasattr(source, "lines") else []
    texts = _block_texts(blocks)
    people = {p["name"] for p in view.get("people", [])}
    rule: dict[str, dict[str, int]] = defaultdict(dict)
    for org in view.get("organizations", []):
        rule[org["name"]]["org"] = 1
    for person in view.get("people", []):
        if person.get("organization"):
            rule[person["organization"]]["person_org"] = 1
    for name in (view.get("event") or {}).get("organizers", []) or []:
        rule[name]["organizer"] = 1
    gen = generated(texts)
    names = list(dict.fromkeys([*rule, *gen]))
    runs = [n for n, k in gen.items() if "run" in k]
    hosts = set()
    for block in blocks:
        for _, url in block.targets:
            host = re.sub(r"^www\.", "", urlparse(url).netloc.casefold())
            if host and not re.search(r"github|gitlab|twitter|x\.com|linkedin|youtube|youtu\.be|google|medium|meetup\.com", host):
                hosts.add(host)
    return [(name, features(name, gen.get(name, set()), rule.get(name, {}), people, texts, runs, list(rule), hosts))
            for name in names]


# -- data ---------------------------------------------------------------------------------------

def training_documents():
    lexicon = build_lexicon(load_knowledge_base(REGISTRY))
    for gold_dir, corpus in _training_sets():
        for document in load_gold(gold_dir):
            if document.split != "tuning" or document.language != "en":
                continue
            path = corpus / document.source
            result = run_stages(path, lexicon)
            if not isinstance(result, Resolution):
                continue
            view = json_view(result)
            gold = [_org_names(o) for o in document.expected.get("organizations") or []]
            yield {"file": document.file, "publisher": f"{gold_dir.parent.name}/{document.publisher}",
                   "rule": [_org_names(o) for o in view.get("organizations", [])],
                   "rule_names": [o["name"] for o in view.get("organizations", [])],
                   "gold": gold, "candidates": document_candidates(path, view, result)}


def score(gold: list[set[str]], predicted: list[set[str]]) -> tuple[int, int, int]:
    unmatched = list(predicted)
    tp = 0
    for names in gold:
        hit = next((p for p in unmatched if names & p), None)
        if hit is not None:
            unmatched.remove(hit)
            tp += 1
    return tp, len(unmatched), len(gold) - tp


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"


def label(name: str, gold: list[set[str]]) -> int:
    key = normalize(name)
    return int(any(key in names for names in gold))


# -- model --------------------------------------------------------------------------------------

def fit(docs, c: float = float(os.environ.get("ORG_C", "0.3")), min_count: int = 2):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    rows, ys = [], []
    for doc in docs:
        for name, feats in doc["candidates"]:
            if os.environ.get("ORG_FILTER") and "rule=org" not in feats:
                continue  # the filter design: a model of the rules' own organizations only
            rows.append(feats)
            ys.append(label(name, doc["gold"]))
    dropped = tuple(filter(None, os.environ.get("ORG_DROP", "").split(",")))  # ablation: feature prefixes left out
    rows = [{k: v for k, v in row.items() if not (dropped and k.startswith(dropped))} for row in rows]
    counts = Counter(k for row in rows for k in row)
    rows = [{k: v for k, v in row.items() if counts[k] >= min_count} for row in rows]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
    model.fit(x, ys)
    return {name: float(w) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(w) > 1e-6}


def probability(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())  # a left-out feature has no weight
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def scores(model, rows: list[dict[str, float]]) -> list[float]:
    """Probabilities of the rows: by the weights of a logistic regression, or by a fitted tree model
    (cross-validation only: ORG_MODEL=trees)."""
    if isinstance(model, dict):
        return [probability(model, feats) for feats in rows]
    vectorizer, trees = model
    return list(trees.predict_proba(vectorizer.transform(rows).toarray())[:, 1]) if rows else []


def fit_trees(docs):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    dropped = ("p1=", "p2=", "n1=", "n2=")  # the raw words around a mention: too many columns for the trees
    rows = [{k: v for k, v in feats.items() if not k.startswith(dropped)} for doc in docs for _, feats in doc["candidates"]]
    ys = [label(name, doc["gold"]) for doc in docs for name, _ in doc["candidates"]]
    counts = Counter(k for row in rows for k in row)
    vectorizer = DictVectorizer().fit([{k: v for k, v in row.items() if counts[k] >= 5} for row in rows])
    trees = HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=20)
    trees.fit(vectorizer.transform(rows).toarray(), ys)
    return vectorizer, trees


def choose(candidates, weights, add_at: float, drop_at: float | None) -> list[str]:
    """The organizations kept: the rules' ones (unless below drop_at) and the others at or above add_at;
    a candidate held in a longer kept one, or holding a kept one, is left out (one entry per organization)."""
    scored = [(name, feats, p) for (name, feats), p in zip(candidates, scores(weights, [f for _, f in candidates]))]
    kept = [name for name, feats, p in scored if "rule=org" in feats and (drop_at is None or p >= drop_at)]
    added = sorted(((p, name) for name, feats, p in scored if "rule=org" not in feats and p >= add_at), reverse=True)
    keys = {normalize(k) for k in kept}
    for _, name in added:
        key = normalize(name)
        if key in keys or any(key in k or k in key for k in keys):
            continue
        kept.append(name)
        keys.add(key)
    return kept


def ranking_report(ranked) -> str:
    ranked.sort(reverse=True)
    positives = sum(y for _, y, _, _ in ranked)
    out = [f"{len(ranked)} candidates the rules do not give, {positives} of them gold"]
    for k in (10, 25, 50, 100):
        out.append(f"top {k}: {sum(y for _, y, _, _ in ranked[:k])} gold")
    for p, y, name, file in ranked[:int(os.environ.get("ORG_SHOW", "0"))]:
        print(f"   {p:.2f} {'GOLD' if y else '    '} {name!r} ({file})")
    return "; ".join(out)


def cross_validate(docs, settings) -> None:
    by_publisher = defaultdict(list)
    for doc in docs:
        by_publisher[doc["publisher"]].append(doc)
    base = [0, 0, 0]
    results = {s: [0, 0, 0] for s in settings}
    helped, hurt = defaultdict(set), defaultdict(set)
    ranked = []
    for publisher, held in by_publisher.items():
        train = [d for d in docs if d["publisher"] != publisher]
        weights = fit_trees(train) if os.environ.get("ORG_MODEL") == "trees" else fit(train)
        for doc in held:
            new = [(name, feats) for name, feats in doc["candidates"] if "rule=org" not in feats]
            ranked += [(p, label(name, doc["gold"]), name, doc["file"])
                       for (name, _), p in zip(new, scores(weights, [f for _, f in new]))]
            b = score(doc["gold"], doc["rule"])
            base = [x + y for x, y in zip(base, b)]
            for s in settings:
                chosen = choose(doc["candidates"], weights, *s)
                aliases = dict(zip(doc["rule_names"], doc["rule"]))
                r = score(doc["gold"], [aliases.get(n, {normalize(n)}) for n in chosen])
                results[s] = [x + y for x, y in zip(results[s], r)]
                f_b = 2 * b[0] / (2 * b[0] + b[1] + b[2]) if sum(b) else 1
                f_r = 2 * r[0] / (2 * r[0] + r[1] + r[2]) if sum(r) else 1
                if f_r > f_b + 1e-9:
                    helped[s].add(publisher)
                if f_r < f_b - 1e-9:
                    hurt[s].add(publisher)
    print(f"rules only          {prf(*base)}")
    print(f"new candidates ranked: {ranking_report(ranked)}")
    for s in settings:
        print(f"add>={s[0]:.2f} drop<{s[1]}  {prf(*results[s])}; publishers helped {len(helped[s])}, hurt {len(hurt[s])}")


def recall(docs) -> None:
    total = covered = by_rule = 0
    missing = []
    counts = []
    for doc in docs:
        keys = {normalize(n) for n, _ in doc["candidates"]}
        counts.append(len(keys))
        for names in doc["gold"]:
            total += 1
            covered += bool(names & keys)
            by_rule += any(names & r for r in doc["rule"])
            if not names & keys:
                missing.append((doc["file"], sorted(names)[0]))
    print(f"gold organizations {total}: rules find {by_rule} ({by_rule / total:.3f}), "
          f"rules + generator {covered} ({covered / total:.3f}); candidates per document median "
          f"{sorted(counts)[len(counts) // 2]}, total {sum(counts)}")
    for file, name in missing:
        print("  not generated:", file, name)


def apply_to_eval(weights_path: str, args: list[str], add_at: float, drop_at: float | None) -> None:
    """Run `ocpkb eval ARGS` with the classifier applied to English drafts (totals only)."""
    weights = json.loads(Path(weights_path).read_text())["weights"]
    original_run, original_view = commands.run_stages, commands.json_view

    paths: dict[int, Path] = {}  # the source of each resolution (run_evaluation views it right after running)

    def run(path, lexicon, *rest):
        result = original_run(path, lexicon, *rest)
        paths[id(result)] = Path(path)
        return result

    def view(result):
        out = original_view(result)
        if out.get("language") == "en" and id(result) in paths:
            kept = choose(document_candidates(paths.pop(id(result)), out, result), weights, add_at, drop_at)
            known = {o["name"]: o for o in out.get("organizations", [])}
            out["organizations"] = [known.get(n, {"name": n, "name_zh": None, "aliases": []}) for n in kept]
            changed[0] += set(kept) != set(known)
        return out

    commands.run_stages, commands.json_view = run, view
    changed = [0]
    from ocpkb.cli import cli
    cli(["eval", *args], standalone_mode=False)
    print(f"English drafts whose organizations the classifier changed: {changed[0]}")


def main() -> None:
    command = sys.argv[1]
    if command == "eval":
        add_at, drop = float(sys.argv[3]), (None if sys.argv[4] == "none" else float(sys.argv[4]))
        apply_to_eval(sys.argv[2], sys.argv[sys.argv.index("--") + 1:], add_at, drop)
        return
    cache = Path(tempfile.gettempdir()) / "org_classifier" / f"org_docs_sub{os.environ.get('ORG_SUB', '1')}.pickle"  # one per generator
    cache.parent.mkdir(parents=True, exist_ok=True)
    if cache.exists() and "--fresh" not in sys.argv:
        docs = pickle.loads(cache.read_bytes())
    else:
        docs = list(training_documents())
        cache.write_bytes(pickle.dumps(docs))
    print(f"{len(docs)} English training documents, {len({d['publisher'] for d in docs})} publishers")
    if command == "recall":
        recall(docs)
    elif command == "cv":
        if os.environ.get("ORG_FILTER"):
            cross_validate(docs, [(2.0, 0.2), (2.0, 0.3), (2.0, 0.4), (2.0, 0.5), (2.0, 0.6)])
        else:
            cross_validate(docs, [(0.2, None), (0.3, None), (0.4, None), (0.5, None), (0.3, 0.1), (0.4, 0.2), (0.5, 0.3)])
    elif command == "train":
        weights = fit(docs)
        top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))
        Path(sys.argv[2]).write_text(json.dumps({
            "source": "benchmarks/org_classifier.py train: logistic regression over organization candidates of the "
                      f"English documents of {', '.join(str(gold) for gold, _ in _training_sets())} (split tuning)",
            "weights": dict(top)}, indent=1))
        for k, v in top[:40]:
            print(f"{v:+.2f} {k}")


if __name__ == "__main__":
    main()
