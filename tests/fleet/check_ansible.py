#!/usr/bin/python3
"""Independent reader for the exported playbooks: ansible-playbook --syntax-check
(mode "syntax"), and every task's options against ansible-doc -j (mode "options"):
option keys exist, choices (type, state) are valid, notify names a handler.
Usage: check_ansible.py syntax|options PLAYBOOK..."""
import json
import os
import subprocess
import sys
import tempfile

import yaml

MODULES = ["ansible.windows.win_regedit", "ansible.windows.win_service", "ansible.builtin.debug"]
TASK_KEYWORDS = {"name", "notify"}


def syntax(playbooks):
    with tempfile.TemporaryDirectory() as tmp:
        inventory = os.path.join(tmp, "inventory.ini")
        with open(inventory, "w") as f:
            f.write("[windows]\nhost1\n")
        env = dict(os.environ, ANSIBLE_LOCAL_TEMP=tmp, ANSIBLE_HOME=tmp, HOME=tmp)
        for pb in playbooks:
            r = subprocess.run(["ansible-playbook", "-i", inventory, "--syntax-check", pb],
                               env=env, capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit(f"{pb}: ansible-playbook --syntax-check rc {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"{pb}: syntax ok")


def check_task(where, task, docs, problems):
    modules = [k for k in task if k not in TASK_KEYWORDS]
    if len(modules) != 1 or modules[0] not in docs:
        problems.append(f"{where}: expected one known module, got {modules}")
        return None
    module = modules[0]
    options = docs[module]["doc"]["options"]
    args = task[module] or {}
    for key, value in args.items():
        if key not in options:
            problems.append(f"{where}: {module} has no option {key!r}")
            continue
        choices = options[key].get("choices")
        if choices is not None and value not in choices:
            problems.append(f"{where}: {key}={value!r} not in {choices}")
    for key, spec in options.items():
        if spec.get("required") and key not in args:
            problems.append(f"{where}: {module} needs {key!r}")
    if module == "ansible.windows.win_regedit":
        path = args.get("path", "")
        if not path.startswith("HKLM:\\SYSTEM\\") and not path.startswith("HKLM:\\SOFTWARE\\"):
            problems.append(f"{where}: path {path!r} is not HKLM:\\SYSTEM or HKLM:\\SOFTWARE")
        if "\\\\" in path:
            problems.append(f"{where}: doubled backslash in {path!r}")
        kind, state = args.get("type"), args.get("state", "present")
        data = args.get("data")
        if state == "present" and kind == "dword" and not isinstance(data, int):
            problems.append(f"{where}: dword data {data!r} is not an integer")
        if state == "present" and kind == "multistring" and data is not None and not isinstance(data, list):
            problems.append(f"{where}: multistring data {data!r} is not a list")
        if state == "present" and kind == "multistring" and data == []:
            problems.append(f"{where}: an empty data list makes win_regedit skip the write")
        if state == "present" and kind == "string" and not isinstance(data, str):
            problems.append(f"{where}: string data {data!r} is not a string")
    return module


def options(playbooks):
    out = subprocess.run(["ansible-doc", "-j"] + MODULES, capture_output=True, text=True, check=True)
    docs = json.loads(out.stdout)
    for pb in playbooks:
        problems = []
        plays = yaml.safe_load(open(pb, encoding="utf-8"))
        for play in plays:
            if play.get("gather_facts") is not False:
                problems.append(f"{pb}: gather_facts must be false")
            handlers = {h["name"]: h for h in play.get("handlers") or []}
            for i, task in enumerate(play.get("tasks") or []):
                check_task(f"{pb} task {i} {task.get('name')!r}", task, docs, problems)
                notify = task.get("notify")
                for n in ([notify] if isinstance(notify, str) else notify or []):
                    if n not in handlers:
                        problems.append(f"{pb} task {i}: notify {n!r} names no handler")
            for name, handler in handlers.items():
                module = check_task(f"{pb} handler {name!r}", handler, docs, problems)
                if module not in ("ansible.windows.win_service", "ansible.builtin.debug"):
                    problems.append(f"{pb} handler {name!r}: only win_service restarts and debug reports allowed")
        if problems:
            sys.exit("\n".join(problems))
        print(f"{pb}: options ok")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("syntax", "options"):
        sys.exit(__doc__)
    (syntax if sys.argv[1] == "syntax" else options)(sys.argv[2:])
