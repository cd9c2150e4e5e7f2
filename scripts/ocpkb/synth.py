"""A synthetic knowledge base shaped like the real one, for benchmarks.

Deterministic for a given seed. Per event about 20 sessions with 1-3 speakers;
registries sized like reality (at 1,000 events: 5,000 people, 1,000
organizations, 300 topics, 50 series); English and Chinese names mixed, and,
as in a curated registry, no two people or organizations share a name.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from .schema import EVENT_KINDS, KIND_BY_NAME, ORGANIZATION_KINDS, SESSION_KINDS, TOPIC_KINDS, schema_header, write_schemas

try:
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _Dumper

PEOPLE_PER_EVENT = 5
ORGANIZATIONS_PER_EVENT = 1
TOPICS_PER_EVENT = 0.3
EVENTS_PER_SERIES = 20

GIVEN = ["Anna", "James", "Hiro", "Priya", "Lars", "Sofia", "Omar", "Yuki", "Ravi", "Elena", "Marco", "Sara",
         "Tom", "Nadia", "Ivan", "Grace", "David", "Maria", "Peter", "Julia", "Kenji", "Aisha", "Lukas", "Emma"]
FAMILY = ["Wang", "Zhang", "Liu", "Smith", "Garcia", "Kim", "Nguyen", "Müller", "Rossi", "Tanaka", "Patel",
          "Huang", "Zhao", "Sun", "Johnson", "Brown", "Novak", "Silva", "Ma", "Guo", "Xu", "Luo"]
SURNAMES_ZH = {"王": "Wang", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "赵": "Zhao", "黄": "Huang",
               "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun", "胡": "Hu", "朱": "Zhu", "高": "Gao", "林": "Lin",
               "何": "He", "郭": "Guo", "马": "Ma", "罗": "Luo", "梁": "Liang", "宋": "Song", "郑": "Zheng",
               "谢": "Xie", "韩": "Han", "唐": "Tang"}
GIVEN_ZH = {"伟": "wei", "芳": "fang", "娜": "na", "秀": "xiu", "英": "ying", "敏": "min", "静": "jing", "丽": "li",
            "强": "qiang", "磊": "lei", "军": "jun", "勇": "yong", "艳": "yan", "杰": "jie", "娟": "juan", "涛": "tao",
            "明": "ming", "超": "chao", "兰": "lan", "霞": "xia", "平": "ping", "刚": "gang", "桂": "gui", "洋": "yang"}
ORG_WORDS = ["Open", "Data", "Cloud", "Compute", "Silicon", "Quantum", "Blue", "Nova", "Hyper", "Deep", "Star",
             "Fusion", "Rack", "Edge", "Core", "Peak", "Bright", "Iron", "Swift", "Delta"]
ORG_SUFFIX = ["Systems", "Technology", "Networks", "Labs", "Computing", "Foundation", "Semiconductor", "Cloud"]
ORG_ZH = "云数智算芯星海天光电信华创新科联"
TOPIC_WORDS = ["Accelerator", "Rack", "Power", "Cooling", "Firmware", "Interconnect", "Memory", "Storage",
               "Network", "Telemetry", "Security", "Module", "Chiplet", "Baseboard", "Management"]
TOPIC_ZH = ["加速", "机架", "供电", "液冷", "固件", "互连", "内存", "存储", "网络", "遥测", "安全", "模块"]
CITIES = [("Beijing", "北京", "CN"), ("Shanghai", "上海", "CN"), ("Shenzhen", "深圳", "CN"), ("Hangzhou", "杭州", "CN"),
          ("San Jose", None, "US"), ("Austin", None, "US"), ("Amsterdam", None, "NL"), ("Prague", None, "CZ"),
          ("Tokyo", None, "JP"), ("Taipei", None, "TW"), ("Bangalore", None, "IN"), ("Berlin", None, "DE")]
TITLES = ["Senior Architect", "Director", "Engineer", "Product Manager", "CTO", "Researcher", "VP Engineering"]


def synthesize(events: int, seed: int = 1) -> dict[str, list[dict]]:
    """The registries and events as plain data, keyed like the data folder."""
    rng = random.Random(seed)
    names: set = set()  # as in a curated registry, no two entries share a name (duplicates.py would warn)
    organizations = [_organization(rng, i, names) for i in range(max(5, events * ORGANIZATIONS_PER_EVENT))]
    people = [_person(rng, i, organizations, names) for i in range(max(10, events * PEOPLE_PER_EVENT))]
    topics = [_topic(rng, i) for i in range(max(5, round(events * TOPICS_PER_EVENT)))]
    series = [_series(rng, i, organizations) for i in range(max(1, events // EVENTS_PER_SERIES))]
    event_list = [_event(rng, i, organizations, people, topics, series) for i in range(events)]
    return {"organizations": organizations, "people": people, "topics": topics, "series": series, "events": event_list}


def _slug_number(prefix: str, i: int) -> str:
    return f"{prefix}-{i:05d}"


def _unused(names: set, make) -> tuple:
    """The first of the names `make(extra)` proposes that no other entry has, asking for one more
    part each time a name is taken (the pools are small; a registry at 5,000 events has 25,000 people)."""
    extra = 0
    while True:
        candidate = make(extra // 8)
        keys = {" ".join(sorted(part.casefold().split())) for part in candidate if part}
        if not keys & names:
            names.update(keys)
            return candidate
        extra += 1


def _organization(rng: random.Random, i: int, names: set) -> dict:
    first, second = rng.choice(ORG_WORDS), rng.choice(ORG_WORDS)
    name = f"{first} {second} {rng.choice(ORG_SUFFIX)} {i}"
    entry = {"id": _slug_number("org", i), "name": name, "kind": rng.choice(ORGANIZATION_KINDS),
             "country": rng.choice(CITIES)[2]}
    if rng.random() < 0.5:
        entry["name_zh"], = _unused(names, lambda extra: ("".join(rng.sample(ORG_ZH, 2 + extra)) + "科技",))
        entry["aliases"] = [f"{first}{second} {i}"]
    return entry


def _person(rng: random.Random, i: int, organizations: list[dict], names: set) -> dict:
    """Half the people have a Chinese name, written in Latin script as its pinyin (given name first)."""
    if rng.random() < 0.5:
        def chinese(extra: int) -> tuple[str, str]:
            surname = rng.choice(list(SURNAMES_ZH))
            given = rng.sample(list(GIVEN_ZH), min(len(GIVEN_ZH), rng.randint(1, 2) + extra))
            return (f"{''.join(GIVEN_ZH[c] for c in given).capitalize()} {SURNAMES_ZH[surname]}",
                    surname + "".join(given))

        name, name_zh = _unused(names, chinese)
        entry = {"id": _slug_number("person", i), "name": name, "name_zh": name_zh}
    else:
        name, = _unused(names, lambda extra: (" ".join([*rng.sample(GIVEN, 1 + extra), rng.choice(FAMILY)]),))
        entry = {"id": _slug_number("person", i), "name": name}
    entry["affiliations"] = [{"organization": rng.choice(organizations)["id"], "title": rng.choice(TITLES),
                              "from": str(rng.randint(2012, 2024))}]
    return entry


def _topic(rng: random.Random, i: int) -> dict:
    entry = {"id": _slug_number("topic", i), "name": f"{rng.choice(TOPIC_WORDS)} {rng.choice(TOPIC_WORDS)} {i}",
             "kind": rng.choice(TOPIC_KINDS)}
    if rng.random() < 0.4:
        entry["name_zh"] = "".join(rng.sample(TOPIC_ZH, 2))
    if i >= 10 and rng.random() < 0.3:
        entry["parent"] = _slug_number("topic", rng.randrange(0, 10))
    return entry


def _series(rng: random.Random, i: int, organizations: list[dict]) -> dict:
    return {"id": _slug_number("series", i), "name": f"{rng.choice(ORG_WORDS)} Summit Series {i}",
            "kind": rng.choice(EVENT_KINDS), "organizer": rng.choice(organizations)["id"]}


def _event(rng: random.Random, i: int, organizations, people, topics, series) -> dict:
    year, month, day = rng.randint(2012, 2026), rng.randint(1, 12), rng.randint(1, 28)
    city, city_zh, country = rng.choice(CITIES)
    chosen_series = rng.choice(series)
    event = {
        "id": _slug_number("event", i),
        "name": f"{chosen_series['name']} {year} #{i}",
        "series": chosen_series["id"],
        "edition": str(year),
        "kind": rng.choice(EVENT_KINDS),
        "start_date": f"{year}-{month:02d}-{day:02d}",
        "end_date": f"{year}-{month:02d}-{min(28, day + rng.randint(0, 2)):02d}",
        "location": {"city": city, "country": country, **({"city_zh": city_zh} if city_zh else {})},
        "organizers": [{"organization": rng.choice(organizations)["id"], "role": "host"}],
        "attendance": {"onsite": rng.randint(20, 3000), "online": rng.randint(0, 5000)},
        "sessions": [_session(rng, s, people, topics) for s in range(rng.randint(15, 25))],
        "participants": [{"organization": o["id"]} for o in rng.sample(organizations, min(5, len(organizations)))],
        "topics": sorted({t["id"] for t in rng.sample(topics, min(4, len(topics)))}),
        "figures": [{"value": rng.randint(1, 1000), "unit": "people", "measures": "attendees on site"}],
        "takeaways": [f"Takeaway {k} of event {i}: open hardware keeps moving." for k in range(3)],
        "sources": [{"url": f"https://example.org/recaps/{i}", "language": rng.choice(["en", "zh"])}],
        "added": f"{min(year, 2026)}-{month:02d}-{day:02d}",
    }
    if rng.random() < 0.5:
        event["name_zh"] = f"开放计算{''.join(rng.sample(TOPIC_ZH, 2))}峰会 {year} #{i}"
    return event


def _session(rng: random.Random, s: int, people, topics) -> dict:
    hour, minute = 9 + s // 3, (s % 3) * 20
    speakers = []
    for person in rng.sample(people, rng.randint(1, 3)):
        affiliation = person["affiliations"][0]
        speakers.append({"person": person["id"], "organization": affiliation["organization"],
                         "role": affiliation["title"]})
    title = f"{rng.choice(TOPIC_WORDS)} and {rng.choice(TOPIC_WORDS).lower()} at scale, part {s}"
    return {"start": f"{hour:02d}:{minute:02d}", "end": f"{hour:02d}:{minute + 20:02d}" if minute < 40 else f"{hour + 1:02d}:00",
            "title": title, "kind": rng.choice(SESSION_KINDS), "speakers": speakers,
            "topics": [rng.choice(topics)["id"]]}


def write_knowledge_base(data: dict[str, list[dict]], out_dir: Path) -> None:
    out_dir = Path(out_dir)
    (out_dir / "events").mkdir(parents=True, exist_ok=True)
    write_schemas(out_dir / "schema")
    for registry in ("organizations", "people", "topics", "series"):
        _write_yaml(out_dir / f"{registry}.yml", registry, data[registry])
    for event in data["events"]:
        _write_yaml(out_dir / "events" / f"{event['id']}.yml", "events", event)


def _write_yaml(path: Path, kind_name: str, content) -> None:
    text = yaml.dump(content, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(schema_header(KIND_BY_NAME[kind_name]) + "\n" + text, encoding="utf-8")
