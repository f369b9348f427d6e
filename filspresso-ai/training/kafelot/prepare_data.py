"""Builds Kafelot's training text from our own writing and our own data, deterministically.

Sources:
- data/knowledge/*.md: coffee knowledge written by us (split into sections);
- the shop's catalog (server-config's seed JSON): coffees, machines, cup sizes;
- the canonical capsule volumes.
Generated from them: catalog questions and answers, recommendation dialogues, context -> answer
examples that copy facts from a given passage, natural-language -> recipe JSON pairs, and
classification examples (coffee type, brewing method, intent; see classification.py).

Every document goes to the validation split when a hash of its text says so (5 %), and each
generator draws from its own seeded stream (a knowledge section's examples from one seeded by its
title), so neither the documents nor the split move when other documents are added. Output:
data/train.txt, data/val.txt (documents separated by the end marker) and data/stats.json for the
data card. Classification examples of held-out cues go to data/classify-val.jsonl, not to val.txt,
so that the held-out perplexity keeps measuring the same text.
"""
import hashlib
import json
import random
import re
from pathlib import Path

from . import classification, formats

HERE = Path(__file__).resolve().parent.parent
DATA = HERE / "data"
SEED = HERE.parent.parent / "server-config" / "src" / "main" / "resources" / "db" / "seed"
VALIDATION_SHARE = 5  # percent
# A classification example teaches through one or two label tokens among twenty: seen once per
# epoch it barely moves the model (measured: chance accuracy after two epochs), so each is repeated.
CLASSIFICATION_REPEATS = 3

VOLUMES = {
    "original": {"ristretto": 25, "espresso": 40, "lungo": 110},
    "vertuo": {"espresso": 40, "double_espresso": 80, "gran_lungo": 150, "mug": 230, "alto": 414},
}
SYSTEM_NAMES = {"original": "Original", "vertuo": "Vertuo"}


def knowledge_sections():
    """(title path, text) for every section of our knowledge files."""
    sections = []
    for path in sorted((DATA / "knowledge").glob("*.md")):
        heads, body = [], []

        def flush():
            text = "\n".join(body).strip()
            if heads and len(text) > 80:
                sections.append((" > ".join(heads), text))
            body.clear()

        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^(#{1,4})\s+(.*)$", line)
            if match:
                flush()
                level = len(match.group(1))
                heads[:] = heads[:level - 1] + [match.group(2).strip()]
            else:
                body.append(line)
        flush()
    return sections


def load_catalog():
    coffees = []
    for name in ("coffees-original.json", "coffees-vertuo.json"):
        coffees += json.loads((SEED / name).read_text(encoding="utf-8"))
    machines = json.loads((SEED / "machines.json").read_text(encoding="utf-8"))
    return coffees, machines


def size_key(name):
    return name.strip().lower().replace(" ", "_")


def cup_sizes(c):
    """Cup sizes as in "espresso (40 ml), cappuccino": a recipe size (a milk drink) has no capsule volume of its own."""
    return ", ".join(s["name"].lower() + (f" ({s['volume_ml']} ml)" if s.get("volume_ml") else "") for s in c["cup_sizes"])


def coffee_facts(c):
    sizes = cup_sizes(c)
    notes = ", ".join(c.get("aromatic_notes", []))
    origins = " and ".join(c.get("origins", [])) or "a blend of origins"
    decaf = " It is decaffeinated." if c.get("decaf") else ""
    return (f"{c['name']} is a {SYSTEM_NAMES[c['system']]} capsule from the {c.get('range', c.get('range_fr', ''))} range, "
            f"intensity {c['intensity']}, {c.get('roast', 'medium')} roast, from {origins}. "
            f"Cup sizes: {sizes}. Aromatic notes: {notes}. {c.get('tasting_notes', '')}{decaf} "
            f"A sleeve of {c['unit_count']} costs {c['price_ron']} lei.").replace("  ", " ")


def catalog_qa(coffees, rng):
    docs = []
    for c in coffees:
        facts = coffee_facts(c)
        docs.append(facts + " " + c.get("description", ""))
        sizes = [s["name"].lower() for s in c["cup_sizes"]]
        pairs = [
            (f"What is the intensity of {c['name']}?", f"{c['name']} has an intensity of {c['intensity']}."),
            (f"Which machines can brew {c['name']}?",
             f"{c['name']} is a {SYSTEM_NAMES[c['system']]} capsule, so it needs a {SYSTEM_NAMES[c['system']]} machine."),
            (f"How does {c['name']} taste?", c.get("tasting_notes") or f"Its notes are {', '.join(c.get('aromatic_notes', []))}."),
            (f"Which cup sizes suit {c['name']}?", f"{c['name']} is made for {', '.join(sizes)}."),
            (f"How much is {c['name']}?", f"A sleeve of {c['unit_count']} capsules of {c['name']} costs {c['price_ron']} lei."),
            (f"Is {c['name']} decaf?", f"{'Yes' if c.get('decaf') else 'No'}, {c['name']} is {'decaffeinated' if c.get('decaf') else 'not decaffeinated'}."),
            (f"Where does {c['name']} come from?",
             f"{c['name']} uses coffee from {' and '.join(c.get('origins', [])) or 'several origins'}."),
        ]
        for question, answer in rng.sample(pairs, 4):
            docs.append(formats.chat([("user", question), ("assistant", answer)]))
    return docs


def machine_docs(machines):
    docs = []
    for m in machines:
        system = SYSTEM_NAMES.get(m.get("system", ""), m.get("system", ""))
        docs.append(formats.chat([
            ("user", f"Which capsules fit the {m['name']}?"),
            ("assistant", f"The {m['name']} is a {system} machine: it takes {system} capsules only."),
        ]))
    return docs


def recommendations(coffees, rng):
    docs = []
    wishes = [
        ("something strong for the morning", lambda c: c["intensity"] >= 9 and not c.get("decaf")),
        ("a mild coffee", lambda c: c["intensity"] <= 5 and not c.get("decaf")),
        ("a decaf for the evening", lambda c: c.get("decaf")),
        ("a coffee for a big mug", lambda c: any(size_key(s["name"]) in ("mug", "alto") for s in c["cup_sizes"])),
        ("a short, intense ristretto", lambda c: any(size_key(s["name"]) == "ristretto" for s in c["cup_sizes"])),
        ("a fruity coffee", lambda c: "fruity" in c.get("aromatic_notes", [])),
        ("something with cocoa notes", lambda c: "cocoa" in c.get("aromatic_notes", [])),
        ("a coffee that goes well with milk", lambda c: c["intensity"] >= 8),
    ]
    for system in ("original", "vertuo"):
        for wish, fits in wishes:
            matching = [c for c in coffees if c["system"] == system and fits(c)]
            if not matching:
                continue
            for _ in range(3):
                pick = rng.sample(matching, min(2, len(matching)))
                answer = " ".join(
                    f"Try {c['name']} (intensity {c['intensity']}): {c.get('tasting_notes') or ', '.join(c.get('aromatic_notes', []))}"
                    for c in pick)
                docs.append(formats.chat([
                    ("user", f"I have a {SYSTEM_NAMES[system]} machine. Can you recommend {wish}?"),
                    ("assistant", answer),
                ]))
    return docs


def grounded_answers(sections, coffees, rng):
    """Context -> answer examples whose answer copies the fact from the passage."""
    docs = []
    for title, text in sections:
        section_rng = seeded(f"grounded:{title}")
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if 40 < len(s.strip()) < 300]
        numeric = [s for s in sentences if re.search(r"\d", s)]
        for sentence in section_rng.sample(numeric, min(2, len(numeric))):
            topic = title.split(" > ")[-1]
            docs.append(formats.grounded(f"{title}\n{text[:1200]}", f"What does the passage say about {topic.lower()}?", sentence))
    for c in rng.sample(coffees, min(60, len(coffees))):
        docs.append(formats.grounded(coffee_facts(c), f"What intensity and cup sizes does {c['name']} have?",
                                     f"{c['name']} has intensity {c['intensity']} and is made for "
                                     + cup_sizes(c) + "."))
    return docs


def recipes(coffees, rng):
    """Natural language -> recipe JSON, valid against the IoT contract and the canonical volumes."""
    asks = {
        "ristretto": ["Make me a ristretto", "A very short strong shot please", "Brew a ristretto"],
        "espresso": ["Make me an espresso", "I'd like a strong espresso", "One espresso, please", "Brew a short black coffee"],
        "lungo": ["Make me a lungo", "A long coffee please", "Brew a lungo for my breakfast"],
        "double_espresso": ["Make me a double espresso", "A double shot please"],
        "gran_lungo": ["Make a gran lungo", "Something between a lungo and a mug"],
        "mug": ["Fill my mug with coffee", "A big mug of coffee please"],
        "alto": ["Make me an alto", "The largest coffee you can make"],
    }
    docs = []
    for c in coffees:
        for size in c["cup_sizes"]:
            key = size_key(size["name"])
            if key not in VOLUMES[c["system"]]:
                continue
            for ask in rng.sample(asks.get(key, [f"Make me a {key}"]), 1):
                temperature = rng.choice([88, 90, 92, 93])
                pre_infusion = rng.choice([0, 500, 1000, 1500, 2000])
                recipe = {"volume_ml": VOLUMES[c["system"]][key], "temperature_c": temperature, "pre_infusion_ms": pre_infusion,
                          "capsule_type": c["system"], "capsule_variant": key}
                docs.append(formats.recipe(f"{ask} with {c['name']}.", recipe))
    return docs


def split(docs):
    train, val = [], []
    for doc in docs:
        bucket = int(hashlib.sha256(doc.encode("utf-8")).hexdigest(), 16) % 100
        (val if bucket < VALIDATION_SHARE else train).append(doc)
    return train, val


def seeded(name):
    """A random stream of its own for each generator (string seeds are stable across runs)."""
    return random.Random(f"20261124:{name}")


def parts(sections, coffees, machines):
    """Every document of the language-model text, by part, each generator on its own stream."""
    return {
        "knowledge": [f"{title}\n\n{text}" for title, text in sections],
        "catalog_qa": catalog_qa(coffees, seeded("catalog_qa")) + machine_docs(machines),
        "recommendations": recommendations(coffees, seeded("recommendations")),
        "grounded": grounded_answers(sections, coffees, seeded("grounded")),
        "recipes": recipes(coffees, seeded("recipes")),
    }


def build():
    """Writes the splits and their statistics; returns the statistics."""
    coffees, machines = load_catalog()
    stats = {}
    all_train, all_val = [], []
    for name, docs in parts(knowledge_sections(), coffees, machines).items():
        train, val = split(docs)
        all_train += train
        all_val += val
        stats[name] = {"documents": len(docs), "train": len(train), "val": len(val), "characters": sum(map(len, docs))}
    classify_train, classify_val = classification.examples()
    all_train += classification.documents(classify_train) * CLASSIFICATION_REPEATS
    stats["classification"] = {"documents": len(classify_train) + len(classify_val), "train": len(classify_train),
                               "val": len(classify_val), "characters": sum(len(e["text"]) for e in classify_train + classify_val)}
    seeded("order").shuffle(all_train)
    (DATA / "classify-val.jsonl").write_text("".join(json.dumps(e) + "\n" for e in classify_val), encoding="utf-8")
    (DATA / "train.txt").write_text(formats.END.join(all_train) + formats.END, encoding="utf-8")
    (DATA / "val.txt").write_text(formats.END.join(all_val) + formats.END, encoding="utf-8")
    (DATA / "stats.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    return stats


def main():
    print(json.dumps(build(), indent=2))


if __name__ == "__main__":
    main()
