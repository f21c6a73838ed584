"""Re-run the commands shown in the README's output blocks (lines starting `$ .venv/bin/kg ...`) and
write their output back, so the README shows what the current kg prints on the seed.

Usage (after `make run`): .venv/bin/python tools/update_readme_outputs.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 116  # lines are cut here, as the README says
BLOCK = re.compile(r"```\n\$ (?P<command>\.venv/bin/kg [^\n]+)\n(?P<output>.*?)```", re.S)


def run(command: str) -> str:
    """The command's standard output, lines cut at WIDTH characters."""
    result = subprocess.run(shlex.split(command), cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "COLUMNS": "200"})
    return "".join((line if len(line) <= WIDTH else line[: WIDTH - 1] + "…") + "\n"
                   for line in result.stdout.splitlines())


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    updated = BLOCK.sub(lambda m: f"```\n$ {m['command']}\n{run(m['command'])}```", text)
    readme.write_text(updated, encoding="utf-8")
    print(f"{len(BLOCK.findall(text))} outputs updated" if updated != text else "README already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
