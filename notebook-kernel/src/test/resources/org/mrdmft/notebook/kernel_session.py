"""Drives the mrdmft Java kernel through Jupyter's own client libraries and prints what came back as JSON.

Usage: /usr/bin/python3 kernel_session.py  (JUPYTER_PATH must hold kernels/mrdmft-java/kernel.json)
"""
import json
import sys
import time

import jupyter_client
import nbformat
from nbclient import NotebookClient

KERNEL = "mrdmft-java"
report = {}

# 1. a small notebook executed headless, as notebooks/execute does
nb = nbformat.v4.new_notebook()
nb.cells = [nbformat.v4.new_code_cell(src) for src in [
    'import org.mrdmft.figures.DataTable;\n'
    'System.out.printf("hello from %s%n", "java");\n'
    'System.err.println("to stderr");\n'
    'int n = 21;',
    'DataTable.named("t").column("x", new double[] {1, 2, 3}).build()',
    'import org.jfree.chart.ChartFactory;\n'
    'import org.jfree.data.xy.DefaultXYDataset;\n'
    'var data = new DefaultXYDataset();\n'
    'data.addSeries("s", new double[][] {{0, 1}, {0, 1}});\n'
    'display(ChartFactory.createXYLineChart("c", "x", "y", data));\n'
    'n * 2',
    'void nothing() { }\nnothing();',
]]
start = time.time()
NotebookClient(nb, kernel_name=KERNEL, timeout=60, startup_timeout=60).execute()
report["notebook_seconds"] = time.time() - start
report["language_info"] = nb.metadata.get("language_info")
report["cells"] = [cell.outputs for cell in nb.cells]

# 2. the protocol around a cell: errors, interrupt, shutdown
km = jupyter_client.KernelManager(kernel_name=KERNEL)
km.start_kernel()
try:
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    report["kernel_info"] = kc.kernel_info(reply=True, timeout=30)["content"]

    report["error_reply"] = kc.execute_interactive(
        'throw new IllegalStateException("boom");', timeout=30)["content"]

    msg_id = kc.execute("long spins = 0;\nwhile (spins >= 0) { spins = (spins + 1) % 7; }")
    time.sleep(1.5)
    km.interrupt_kernel()
    while True:
        reply = kc.get_shell_msg(timeout=30)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    report["interrupt_reply"] = reply["content"]

    results = []
    report["after_interrupt_reply"] = kc.execute_interactive(
        "6 * 7", timeout=30,
        output_hook=lambda msg: results.append(msg["content"]) if msg["msg_type"] == "execute_result" else None,
    )["content"]
    report["after_interrupt_results"] = results

    kc.shutdown()
    start = time.time()
    while km.is_alive() and time.time() - start < 20:
        time.sleep(0.1)
    report["alive_after_shutdown"] = km.is_alive()
    report["shutdown_seconds"] = time.time() - start
    kc.stop_channels()
finally:
    if km.is_alive():
        km.shutdown_kernel(now=True)

json.dump(report, sys.stdout)
