"""Executes Jupyter notebooks headlessly with the Reachlab Java kernel.

Checks first that the kernel starts and executes a cell, then runs each notebook with
nbclient, writes it with its outputs and as HTML into the output folder, and prints one
line per notebook. A notebook whose metadata lists files under "reachlab" / "requires"
(relative to the repository root) that are absent is skipped, not failed.
Exit status: 0 when nothing failed, 1 otherwise.
"""
import argparse
import glob
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

KERNEL = "reachlab-java"
CELL_TIMEOUT_S = 900


def kernel_check():
    """Runs a two-cell notebook: a value, and a Tablesaw table that must render as HTML."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("int a = 20;\na + 22"),
        nbformat.v4.new_code_cell(
            'tech.tablesaw.api.Table.create("t", tech.tablesaw.api.IntColumn.create("n", new int[] {7}))'),
    ]
    NotebookClient(nb, kernel_name=KERNEL, timeout=120).execute()
    value = [o for o in nb.cells[0].outputs if o.output_type == "execute_result"]
    if not value or value[0].data.get("text/plain") != "42":
        raise RuntimeError("kernel check: 'a + 22' gave %r, expected 42" % (nb.cells[0].outputs,))
    table = [o for o in nb.cells[1].outputs if o.output_type == "execute_result"]
    if not table or "<td style=\"text-align:right\">7</td>" not in table[0].data.get("text/html", ""):
        raise RuntimeError("kernel check: the table did not render as HTML: %r" % (nb.cells[1].outputs,))


def missing_inputs(nb, root):
    required = nb.metadata.get("reachlab", {}).get("requires", [])
    return [p for p in required if not os.path.exists(os.path.join(root, p))]


def coalesce_streams(nb):
    """Joins consecutive pieces of the same stream: the kernel sends each write separately."""
    for cell in nb.cells:
        merged = []
        for output in cell.get("outputs", []):
            if (output.output_type == "stream" and merged and merged[-1].output_type == "stream"
                    and merged[-1].name == output.name):
                merged[-1].text += output.text
            else:
                merged.append(output)
        if "outputs" in cell:
            cell.outputs = merged


def write_outputs(nb, out_dir, name):
    coalesce_streams(nb)
    nbformat.write(nb, os.path.join(out_dir, name))
    html, _ = HTMLExporter().from_notebook_node(nb)
    with open(os.path.join(out_dir, os.path.splitext(name)[0] + ".html"), "w", encoding="utf-8") as f:
        f.write(html)


def first_error(nb):
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                return "\n".join(output.get("traceback", [])) or output.get("evalue", "")
    return None


def run(path, root, out_dir):
    """Returns 'passed', 'failed' or 'skipped' and prints the notebook's line."""
    name = os.path.basename(path)
    nb = nbformat.read(path, as_version=4)
    absent = missing_inputs(nb, root)
    if absent:
        print("SKIPPED %-40s needs %s (absent)" % (name, ", ".join(absent)), flush=True)
        return "skipped"
    start = time.monotonic()
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT_S,
                            resources={"metadata": {"path": os.path.dirname(path)}})
    status = "passed"
    detail = ""
    try:
        client.execute()
    except CellExecutionError:
        status = "failed"
        detail = first_error(nb) or "a cell failed"
    except Exception as e:  # the kernel died, timed out, or could not start
        status = "failed"
        detail = "%s: %s" % (type(e).__name__, e)
    write_outputs(nb, out_dir, name)
    print("%-7s %-40s %6.1f s" % (status.upper(), name, time.monotonic() - start), flush=True)
    if detail:
        print("        " + detail.replace("\n", "\n        "), file=sys.stderr, flush=True)
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder for executed notebooks and HTML")
    parser.add_argument("--root", required=True, help="repository root")
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: all in notebooks/)")
    args = parser.parse_args()
    paths = args.notebooks or sorted(glob.glob(os.path.join(args.root, "notebooks", "*.ipynb")))
    if not paths:
        print("no notebooks found", file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)

    start = time.monotonic()
    try:
        kernel_check()
    except Exception as e:
        print("FAILED  kernel check: %s" % e, flush=True)
        return 1
    print("PASSED  %-40s %6.1f s" % ("kernel check", time.monotonic() - start), flush=True)

    results = [run(p, args.root, args.out) for p in paths]
    failed = results.count("failed")
    print("notebooks: %d passed, %d failed, %d skipped; outputs in %s"
          % (results.count("passed"), failed, results.count("skipped"), os.path.relpath(args.out)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
