"""Deterministic synthetic pages for the benchmark and the scaling tests.

`python tests/synth.py ROWS > page.md` writes a page shaped like the real one: several
`###` categories, codes shared across categories, links, `-` actions, sentences of
realistic length (the real page's descriptions run from 13 to 260 characters).
"""

from __future__ import annotations

import random
import sys

WORDS = (
    "image file bucket request signature download upload style origin region host "
    "template queue workflow frequency limit format size parameter configuration "
    "account permission resource content moderation preview document page range offset"
).split()
VERBS = "is invalid|does not exist|exceeds the limit|is blocked|is not supported|fails|is expired|is empty".split("|")
ACTIONS = [
    "Check whether the {w} is correct.",
    "Reduce the {w} frequency, or [submit a ticket](https://console.cloud.tencent.com/workorder/category) to contact us.",
    "See [Specifications and Limits](https://intl.cloud.tencent.com/document/product/1045/33425) for the {w}.",
    "-",
]


def sentence(rng: random.Random) -> str:
    head = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
    text = f"The {head} {rng.choice(VERBS)}."
    if rng.random() < 0.3:
        text += " " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30))).capitalize() + "."
    return text


def page(rows: int, seed: int = 2023) -> str:
    """Return a page with `rows` coded rows spread over several categories."""
    rng = random.Random(seed)
    categories = max(2, min(40, rows // 250))
    out = ["## Error Codes\n", "\n>? Other codes pass through from [COS](https://www.tencentcloud.com/document/product/436/7730).\n"]
    per = [rows // categories + (1 if i < rows % categories else 0) for i in range(categories)]
    for index, count in enumerate(per):
        out.append(f"\n### {rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} errors {index}\n\n")
        out.append("| Error Code | Description | Action |\n| ------ | ---------- | ---------- |\n")
        base = -1000 * (index + 1) * 10
        for row in range(count):
            # About one code in twenty also appears in the next category, as -3006 does.
            code = base - row if row % 20 or index == 0 else -1000 * index * 10 - row
            action = rng.choice(ACTIONS).format(w=rng.choice(WORDS))
            out.append(f"| {code} | {sentence(rng)} | {action} |\n")
    return "".join(out)


def sections(categories: int, rows: int = 3, reworded: bool = False) -> str:
    """Return a page of `categories` `##` sections, each a small table of its own codes.

    `reworded=True` gives the same page with every heading reworded (the same codes and
    texts): generated with the names file of the first, each section keeps its category.
    """
    out = []
    for index in range(categories):
        heading = f"Failures of kind {index}" if reworded else f"Section {index} errors"
        out.append(f"## {heading}\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n")
        for row in range(rows):
            code = -(index * rows + row + 1)
            out.append(f"| {code} | The {WORDS[(index + row) % len(WORDS)]} {VERBS[row % len(VERBS)]}. | - |\n")
        out.append("\n")
    return "".join(out)


if __name__ == "__main__":
    sys.stdout.write(page(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 2023))
