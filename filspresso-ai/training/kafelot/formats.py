"""The text formats Kafelot is trained on and prompted with (the Java side builds the same).

Markers are single tokens of the tokenizer (user-defined symbols), so they never split.
"""
import json

USER = "<|user|>"
ASSISTANT = "<|assistant|>"
CONTEXT = "<|context|>"
RECIPE = "<|recipe|>"
END = "<|end|>"
MARKERS = (USER, ASSISTANT, CONTEXT, RECIPE, END)


def chat(turns):
    """turns: (role, text) pairs, role 'user' or 'assistant'."""
    return "".join((USER if role == "user" else ASSISTANT) + text.strip() + "\n" for role, text in turns).rstrip("\n")


def grounded(passage, question, answer):
    """A retrieval-grounded answer: the passage comes first, the answer copies from it."""
    return f"{CONTEXT}{passage.strip()}\n{USER}{question.strip()}\n{ASSISTANT}{answer.strip()}"


def recipe(request, recipe_json):
    """A brewing request and the recipe JSON that answers it (keys in the IoT contract's order)."""
    return f"{USER}{request.strip()}\n{RECIPE}{json.dumps(recipe_json, separators=(',', ':'))}"


def classify(title, text):
    """The prompt whose continuation is a label of the task (e.g. title 'brewing method')."""
    return f"{USER}Classify the {title}: {text.strip()}\n{ASSISTANT}"
