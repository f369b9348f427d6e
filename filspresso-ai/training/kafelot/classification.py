"""Classification with the language model: coffee type, brewing method and intent.

A text is classified by asking the model which label follows the classification prompt
(`formats.classify`): each label's log-probability, end marker included, scored by the model and
normalised over the task's labels (softmax) gives the label and its confidence. The Java server
(`/api/classify`) reads the tasks from the `classification` entry of model.json (export.py).

Training examples are generated from short cue phrases per label placed in sentence frames.
Whole cues are held out (by a hash of the cue), so the held-out accuracy measures phrasings the
model has not seen, not frames it has.
"""
import hashlib
import math
import random

import torch

from . import formats
from . import tokenizer as tok

HELD_OUT_SHARE = 20  # percent of the cues of each label

TASKS = {
    "coffee_type": {
        "title": "coffee type",
        "cues": {
            "ristretto": ["a ristretto", "a very short, concentrated shot", "just 25 ml of intense coffee",
                          "the shortest shot you can pull", "a restricted shot, thick and syrupy",
                          "a tiny, powerful coffee", "half an espresso, twice as intense", "a ristretto with crema",
                          "a ristretto shot", "an extra-short espresso", "a 25 ml shot",
                          "a Ristretto, nice and short", "barely a sip of super-concentrated coffee",
                          "a shot cut off early with less water", "the most intense little coffee on the menu",
                          "a syrupy mouthful of coffee", "a ristretto in a small cup",
                          "a half-size shot that packs a punch", "a 20 to 25 ml concentrated coffee",
                          "a ristretto italiano"],
            "espresso": ["an espresso", "a classic 40 ml shot", "a short black coffee", "a single shot with crema",
                         "an Italian-style espresso", "a quick espresso after lunch", "a small strong coffee",
                         "an espresso in a demitasse cup", "a single espresso", "a plain espresso", "a 40ml espresso",
                         "an Espresso, no sugar", "one shot of coffee, nothing added", "a regular-size shot",
                         "a solo espresso", "an espresso with a glass of water", "a standard espresso",
                         "an afternoon espresso", "a straight espresso, no milk", "an espresso at the bar counter"],
            "double espresso": ["a double espresso", "a doppio", "two shots in one cup", "an 80 ml double shot",
                                "a double shot to wake me up", "twice the espresso in one go", "a large double shot",
                                "a doppio espresso", "two espressos in the same cup", "2 shots of espresso",
                                "a Doppio before work", "80ml of espresso", "an espresso doubled up",
                                "a twin shot in one cup", "a double espresso with crema", "a two-shot espresso",
                                "a Vertuo double espresso of 80 ml", "a double espresso for the afternoon slump",
                                "a plain double shot", "a double-sized espresso"],
            "lungo": ["a lungo", "a long espresso of 110 ml", "an espresso pulled long", "a lungo for breakfast",
                      "a longer shot with more water through the capsule", "a 110 ml cup", "a long black-style lungo",
                      "a lungo of 110 ml", "an espresso lungo", "a caffe lungo",
                      "a stretched-out espresso with more water", "an espresso with twice the water pushed through",
                      "a 110ml coffee", "a Lungo in a medium cup",
                      "a cup bigger than an espresso but smaller than a mug", "a lungo with a bit of crema",
                      "a lungo shot", "an extended extraction of around 110 ml", "a plain long espresso",
                      "a medium-size black coffee"],
            "mug": ["a big mug of coffee", "a 230 ml mug", "a large mug for the office", "a mug of filter-style coffee",
                    "a tall cup of coffee to sip slowly", "an alto of 414 ml", "the biggest coffee you can make",
                    "a mug of coffee", "a 230ml cup of black coffee", "a full mug", "a huge cup of black coffee",
                    "a Vertuo mug size", "a large black coffee in my favourite mug", "an Alto for the whole morning",
                    "an XL coffee of 414 ml", "a mug-size coffee", "a big travel-mug coffee",
                    "a big black coffee to last through a meeting", "a generous 230 ml coffee",
                    "coffee in a giant mug"],
            "cappuccino": ["a cappuccino", "an espresso with foamed milk and a thick foam cap", "a frothy cappuccino",
                           "a cappuccino dusted with cocoa", "equal parts espresso, milk and foam",
                           "a milky coffee with lots of foam", "a breakfast cappuccino", "a cappucino to take away",
                           "a capuccino with extra foam", "a cappuccino with oat milk",
                           "a cappuccino with cinnamon on top", "a small cappuccino", "a dry cappuccino",
                           "a shot under a dome of airy milk foam",
                           "one third espresso, one third milk, one third foam", "a foamy Italian breakfast coffee",
                           "a Cappuccino in a 180 ml cup", "a wet cappuccino", "a chocolate-sprinkled foamy coffee",
                           "a barista-style cappuccino"],
            "latte": ["a latte", "a caffe latte", "a latte macchiato in a tall glass", "lots of warm milk with a shot",
                      "a creamy milky coffee", "a vanilla latte", "a mild coffee drowned in steamed milk",
                      "a hot latte", "a caramel latte", "a soy latte", "a big milky coffee in a glass",
                      "a latte with just a little foam on top", "a layered latte macchiato", "a skinny latte",
                      "a warm latte with skimmed milk", "a 300 ml latte", "a hazelnut latte",
                      "a Latte with extra milk", "a coffee that's mostly steamed milk", "a pumpkin spice latte"],
            "iced coffee": ["an iced coffee", "coffee over ice", "a cold coffee for a hot day", "an espresso on ice cubes",
                            "an iced latte", "a chilled coffee with ice", "a freddo espresso", "an iced americano",
                            "an ice-cold coffee with a straw", "a coffee with ice cubes", "an iced mocha", "a Greek frappe",
                            "a shaken espresso over ice", "an espresso tonic over ice",
                            "a glass of coffee with ice and milk", "a summer coffee with lots of ice",
                            "an Iced Coffee to go", "a shot poured over a glass full of ice", "an iced vanilla latte",
                            "a coffee cooled down with ice for the beach"],
        },
        "frames": ["I'd like {}.", "Can you make me {}?", "{} please.", "What capsule is best for {}?",
                   "I'm in the mood for {} this morning.", "My partner always orders {}.",
                   "How do I prepare {} at home?", "Nothing beats {} after dinner."],
    },
    "brewing_method": {
        "title": "brewing method",
        "cues": {
            "capsule machine": ["my capsule machine", "a Vertuo machine", "the Original machine with pods",
                                "a pod machine", "capsules in the kitchen machine", "my Essenza Mini",
                                "a capsule brewer", "a Nespresso machine", "a Vertuo Next", "my Vertuo Pop",
                                "a CitiZ", "a Lattissima with capsules", "single-serve capsules",
                                "a machine that reads the barcode on the capsule", "a one-button pod machine",
                                "aluminium capsules", "my Inissia", "the pod machine at the office",
                                "popping a capsule in and pressing the button", "a Pixie capsule machine"],
            "espresso machine": ["a portafilter machine", "my lever espresso machine", "an espresso machine with a steam wand",
                                 "a dual boiler espresso machine", "tamping and pulling shots", "a semi-automatic espresso machine",
                                 "the group head of my machine", "a home espresso machine with a portafilter",
                                 "a Gaggia Classic", "a Rancilio Silvia", "an E61 machine",
                                 "a single boiler machine with a 58 mm portafilter",
                                 "a heat exchanger espresso machine", "a prosumer espresso machine",
                                 "a Breville Barista Express", "a La Marzocco at home", "a spring lever machine",
                                 "a bottomless portafilter and a tamper",
                                 "pulling 18 grams into 36 grams in 28 seconds",
                                 "a super-automatic espresso machine with a built-in grinder"],
            "pour-over": ["a V60", "a pour-over cone", "a Chemex", "a Kalita Wave", "pouring water in circles over a paper filter",
                          "a hand pour with a gooseneck kettle", "a dripper and paper filters", "a Hario V60 02",
                          "a pour over", "a Melitta filter cone", "a flat-bottom dripper", "a ceramic dripper",
                          "an Origami dripper", "hand-poured filter coffee", "a Kalita 185",
                          "pour-over with a 1:16 ratio", "a 30-second bloom then slow pours",
                          "a glass carafe with a paper cone on top", "a plastic V60 and a scale",
                          "a slow pourover with 250 g of water"],
            "French press": ["a French press", "a cafetiere", "a plunger pot", "steeping coarse grounds for four minutes and plunging",
                             "a press pot with a metal mesh", "a bodum plunger", "a glass jug with a mesh plunger",
                             "a french press with a coarse grind", "a coffee plunger", "a stainless steel press pot", "a Bodum Chambord",
                             "a 1 litre French press", "a jug where you push a mesh screen down through the coffee",
                             "full immersion with a plunger", "an 8-cup press pot", "a frenchpress",
                             "a cafetiere for two", "the plunger jug my grandmother used",
                             "an insulated steel press pot", "the Bodum in my kitchen"],
            "AeroPress": ["an AeroPress", "the inverted AeroPress method", "a syringe-like plastic press", "pressing coffee through a small paper disc",
                          "my AeroPress Go on a trip", "an AeroPress with a metal filter", "an aeropress and a small kettle",
                          "an Aero Press", "a plastic tube with a plunger and paper discs",
                          "a hand press where I push the plunger for 30 seconds", "an AeroPress Clear",
                          "a travel press that uses small round paper filters",
                          "brewing upside down with an Aeropress", "an AeroPress XL",
                          "an AeroPress with a Prismo cap", "a chamber and plunger I press by hand into a cup",
                          "an AeroPress with 15 g in 200 ml", "the competition AeroPress recipe",
                          "a compact hand press that makes a concentrate in 2 minutes",
                          "pushing the coffee through a paper disc with my own hands"],
            "moka pot": ["a moka pot", "a stovetop espresso maker", "a Bialetti", "the little aluminium pot on the gas stove",
                         "a stovetop brewer that gurgles", "a macchinetta", "a mocha pot", "a moka",
                         "a stovetop coffee maker", "a 3-cup Bialetti", "a Moka Express",
                         "an octagonal aluminium pot", "the coffee pot that sits on the hob",
                         "a steel stovetop pot for induction", "a two-chamber pot heated on the stove",
                         "a pot where steam pressure pushes water up through the grounds",
                         "my grandma's Italian coffee pot on the stove", "a 6-cup moka", "a Brikka",
                         "a moka on a camping stove"],
            "cold brew": ["cold brew", "steeping grounds in cold water overnight", "a cold brew jar in the fridge",
                          "a 12-hour cold steep", "a cold drip tower", "coffee concentrate made without heat",
                          "cold brewed coffee", "a cold-brew bottle", "a Toddy system",
                          "a coarse grind steeped for 18 hours in the fridge", "a mason jar and a 24-hour steep",
                          "a cold brew pitcher with a filter insert", "Kyoto-style slow drip",
                          "ice-water drip coffee", "a cold brew concentrate",
                          "cold water and a whole day of patience", "a cold steep bag in a jug of water",
                          "a big batch of cold brew for the week", "coffee soaked overnight in cold water",
                          "the Hario Mizudashi"],
            "Turkish coffee": ["Turkish coffee", "a cezve", "an ibrik on the stove", "very fine grounds boiled with sugar",
                               "coffee simmered in a small copper pot", "Greek coffee with foam",
                               "a cezve on a gas flame", "a brass ibrik", "turkish coffee in tiny cups", "a Turkish coffee pot",
                               "a long-handled copper pot",
                               "coffee ground as fine as flour and brought up to a foam three times", "a dzezva",
                               "Bosnian coffee", "a cezve heated in hot sand",
                               "an unfiltered coffee with grounds at the bottom of the cup",
                               "an electric Turkish coffee maker", "Armenian coffee in a jazzve", "a briki",
                               "a Turkish grind in a small pot"],
        },
        "frames": ["I brew with {}.", "What grind size do I need for {}?", "I just bought {}.",
                   "How much coffee should I use with {}?", "Every morning I make coffee using {}.",
                   "My coffee tastes bitter when I use {}.", "Is {} good for a beginner?"],
    },
    "intent": {
        "title": "intent",
        "cues": {
            "buy": ["add two sleeves of Arpeggio to my cart", "I want to order capsules", "buy a box of decaf pods",
                    "put ten capsules of Volluto in the basket", "I need to restock my capsules", "check out my cart",
                    "order a new machine", "purchase the discovery pack", "I'd like to buy a sleeve of Ristretto",
                    "add the Vertuo starter kit to my basket", "order 50 capsules of Livanto",
                    "get me three boxes of capsules", "I want to buy a milk frother",
                    "place an order for Vertuo pods", "buy the travel mug", "take me to checkout",
                    "can I buy the gift set", "I'll take two sleeves of the Colombia coffee",
                    "put a set of espresso cups in my basket", "I want 100 pods of decaf"],
            "brew": ["make me a coffee now", "start a lungo on my machine", "brew an espresso in the kitchen",
                     "have my machine pour a ristretto", "prepare a mug on my Vertuo", "run a brew with pre-infusion",
                     "send a coffee to my machine", "turn on the machine and make a cup", "brew me a cappuccino",
                     "make a double espresso right now", "start the morning coffee on my machine", "pour me a lungo",
                     "make two espressos for us", "brew a 230 ml mug", "fire up the machine for a ristretto",
                     "make my usual coffee", "can you start brewing", "prepare an alto on the Vertuo",
                     "brew a cup with the capsule that's already in the machine",
                     "I want a coffee from my machine right away"],
            "recommend": ["what coffee should I try", "suggest a capsule for someone who likes fruity notes",
                          "which coffee would you recommend with milk", "recommend something mild", "what is a good decaf",
                          "help me choose a new capsule", "what would go well with dessert", "pick a coffee for my guests",
                          "which capsule is most like Italian espresso", "what coffee works best for a latte",
                          "which coffee has chocolate notes", "suggest something strong but not bitter",
                          "what's your favourite capsule", "I like Ethiopian coffee, what else would I enjoy",
                          "recommend a coffee for iced drinks", "what should I try after Arpeggio",
                          "give me a suggestion for an afternoon coffee", "which pods are best for beginners",
                          "what gift would a coffee lover like", "any fruity light roast you think I should taste"],
            "learn": ["why does espresso have crema", "what is the ideal extraction yield", "explain how roasting works",
                      "what does washed processing mean", "where is Ethiopian coffee grown", "how does water temperature change taste",
                      "what is the difference between arabica and robusta", "tell me about coffee origins",
                      "what is the difference between a natural and a honey process",
                      "why do light roasts taste brighter", "what does single origin mean",
                      "how long does roasted coffee stay fresh", "what altitude does good arabica grow at",
                      "how is coffee harvested", "what does under-extracted coffee taste like",
                      "why does grind size matter", "what is a coffee cherry",
                      "where did coffee come from originally", "what does a 1:2 brew ratio mean",
                      "how many days should beans rest after roasting"],
            "my orders": ["where is my order", "when does my subscription deliver next", "show my last order",
                          "cancel my subscription", "did my payment go through", "change my delivery address for the next box",
                          "how many orders have I placed", "pause my monthly delivery", "track my parcel",
                          "has my order shipped", "I haven't received my capsules yet", "update my credit card",
                          "show my invoices", "change the password of my account",
                          "skip next month's subscription box", "my order arrived damaged",
                          "what's the status of order 10482", "refund my last order", "why was I charged twice",
                          "when will my package arrive"],
            "machine help": ["my machine is leaking", "how do I descale my machine", "the machine blinks orange",
                             "coffee comes out cold", "my machine makes a loud noise", "the capsule gets stuck",
                             "my accessory says needs service", "the water tank light stays on",
                             "my machine won't turn on", "the descaling light is on",
                             "how do I clean the milk frother", "water comes out but no coffee",
                             "my Aeroccino doesn't froth", "the lever won't close",
                             "my machine flashes red three times", "the pump hums but nothing happens",
                             "how often should I descale", "the drip tray overflows",
                             "the machine doesn't read the capsule barcode", "reset my machine to factory settings"],
            "chemistry": ["what molecule gives coffee its bitterness", "how much caffeine is in an espresso",
                          "what are chlorogenic acids", "explain the Maillard reaction", "what is the formula of caffeine",
                          "which compounds make the roasted aroma", "what does trigonelline turn into", "is cafestol bad for cholesterol",
                          "how many milligrams of caffeine are in a lungo",
                          "what is the chemical structure of caffeine", "which acids break down during roasting",
                          "what compound gives coffee its smoky note", "how does caffeine block adenosine receptors",
                          "what is the molar mass of caffeine", "which volatile compounds are in coffee aroma",
                          "what are melanoidins", "how much caffeine is left in decaf", "what is 2-furfurylthiol",
                          "does acrylamide form during roasting", "is caffeine an alkaloid"],
        },
        "frames": ["{}", "Hi Kafelot, {}.", "{}?", "Quick question: {}.", "Please {}.", "Hey, {} please."],
    },
}


def labels(task):
    return list(TASKS[task]["cues"])


def _held_out(cue):
    return int(hashlib.sha256(cue.encode("utf-8")).hexdigest(), 16) % 100 < HELD_OUT_SHARE


def _text(frame, cue):
    text = frame.format(cue)
    return text[0].upper() + text[1:]


def examples(seed=20261124):
    """(train, held_out): lists of {task, text, label}; deterministic."""
    rng = random.Random(seed)
    train, held_out = [], []
    for task, spec in TASKS.items():
        for label, cues in spec["cues"].items():
            for cue in cues:
                frames = rng.sample(spec["frames"], min(6, len(spec["frames"])))
                target = held_out if _held_out(cue) else train
                target += [{"task": task, "text": _text(frame, cue), "label": label} for frame in frames]
    return train, held_out


def documents(train):
    return [formats.classify(TASKS[e["task"]]["title"], e["text"]) + e["label"] for e in train]


def task_spec():
    """The tasks as the Java server reads them from model.json: title and labels per task."""
    return {task: {"title": t["title"], "labels": list(t["cues"])} for task, t in TASKS.items()}


@torch.no_grad()
def log_probabilities(model, processor, task, text):
    """log P(label + end marker | prompt) for each of the task's labels, all labels in one batch
    (padding after a label cannot change its scores: attention is causal)."""
    prompt = tok.encode(processor, formats.classify(TASKS[task]["title"], text))
    continuations = [tok.encode(processor, label + formats.END) for label in labels(task)]
    width = len(prompt) + max(map(len, continuations))
    ids = torch.zeros(len(continuations), width, dtype=torch.long)
    for row, continuation in enumerate(continuations):
        ids[row, :len(prompt) + len(continuation)] = torch.tensor(prompt + continuation)
    log_probs = torch.log_softmax(model(ids)[0][:, len(prompt) - 1:].float(), dim=-1)
    return [sum(log_probs[row, i, token].item() for i, token in enumerate(continuation))
            for row, continuation in enumerate(continuations)]


def scores(model, processor, task, text):
    """The labels' probabilities: a softmax over their log-probabilities."""
    totals = log_probabilities(model, processor, task, text)
    top = max(totals)
    weights = [math.exp(t - top) for t in totals]
    return {label: w / sum(weights) for label, w in zip(labels(task), weights)}


def accuracy(model, processor, held_out):
    """Share of held-out examples whose best-scored label is the right one, per task and overall."""
    hits = {}
    for e in held_out:
        result = scores(model, processor, e["task"], e["text"])
        hits.setdefault(e["task"], []).append(max(result, key=result.get) == e["label"])
    report = {task: round(sum(h) / len(h), 3) for task, h in hits.items()}
    report["overall"] = round(sum(sum(h) for h in hits.values()) / sum(len(h) for h in hits.values()), 3)
    return report
