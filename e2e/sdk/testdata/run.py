"""Runs Python snippets one after another in this process:
python3 run.py name=file ... (with testdata/python on PYTHONPATH, so that
sitecustomize intercepts their requests). A snippet that raises is recorded
as {name, error} in SIPPLAY_SDK_OUT."""
import json
import os
import runpy
import sys
import traceback

for arg in sys.argv[1:]:
    name, _, path = arg.partition("=")
    os.environ["SIPPLAY_SDK_NAME"] = name
    try:
        runpy.run_path(path, run_name="__main__")
    except BaseException:  # SystemExit too: a snippet must not exit
        with open(os.environ["SIPPLAY_SDK_OUT"], "a", encoding="utf-8") as f:
            f.write(json.dumps({"name": name, "error": traceback.format_exc()}) + "\n")
