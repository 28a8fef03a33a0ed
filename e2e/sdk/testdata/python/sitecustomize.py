"""Loaded by every Python that runs a snippet (this directory is on PYTHONPATH).

It replaces the send of requests' HTTPAdapter, which Twilio's Python library
sends through, with one that records the prepared request (its body is the
exact bytes requests would write on the wire) and answers it in-process, and
it blocks every socket connection, so nothing leaves the machine.

Each request is appended as one JSON line to the file named by
SIPPLAY_SDK_OUT: {name, method, url, body, auth}, where name is
SIPPLAY_SDK_NAME.
"""
import json
import os
import socket

import requests.adapters
import requests.models

_OUT = os.environ["SIPPLAY_SDK_OUT"]


def _blocked(*args, **kwargs):
    raise OSError("sitecustomize.py: network access is blocked in the SDK checks")


socket.socket.connect = _blocked
socket.create_connection = _blocked


def _send(self, request, **kwargs):
    body = request.body or ""
    if isinstance(body, bytes):
        body = body.decode("latin-1")  # the body is ASCII: form-encoded
    with open(_OUT, "a", encoding="utf-8") as f:
        f.write(json.dumps({
            "name": os.environ.get("SIPPLAY_SDK_NAME", ""),
            "method": request.method,
            "url": request.url,
            "body": body,
            "auth": request.headers.get("Authorization", ""),
        }) + "\n")
    response = requests.models.Response()
    response.status_code = 201
    response.headers["Content-Type"] = "application/json"
    response._content = json.dumps({"sid": "CA00000000000000000000000000000000", "status": "queued"}).encode()
    response.url = request.url
    response.request = request
    return response


requests.adapters.HTTPAdapter.send = _send
