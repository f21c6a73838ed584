"""notebooks/quickstart.ipynb runs top to bottom in a kernel of this environment, and is kept without outputs."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "quickstart.ipynb"


def test_notebook_is_stored_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)


def test_notebook_runs_and_shows_the_graph() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # first, check the kernel is this environment's Python (the one with kg installed)
    notebook.cells.insert(0, nbformat.v4.new_code_cell(f"import sys\nassert sys.prefix == {sys.prefix!r}, sys.prefix"))
    client = NotebookClient(notebook, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError when a cell fails
    texts = [output.get("text", "") for cell in notebook.cells for output in cell.get("outputs", [])]
    assert any("statements" in text and "triples" in text for text in texts)
    assert any("rows)" in text for text in texts)  # the first query's table
    shown = [output.get("data", {}) for output in notebook.cells[-1].outputs]
    html = [data["text/html"] for data in shown if "text/html" in data]
    assert len(html) == 1 and "<iframe srcdoc=" in html[0]
