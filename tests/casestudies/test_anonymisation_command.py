"""`manage.py check_anonymisation [FILE]`: JSON on stdout, exit 1 when blocking, 2 on errors."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]
BLOCKING = "Frau Amina Haddad wohnt seit dem 03.04.2019 in der Kastanienallee 14.\n"
WARNING_ONLY = "Die 23-jährige Klientin besucht einen Sprachkurs.\n"
CLEAN = "Die Klientin ist Anfang 20 und lebt in einer Großstadt im Rheinland.\n"
KEYS = {"category", "severity", "start", "end", "text", "suggestion"}


def run(*args, stdin=None):
    out = StringIO()
    call_command("check_anonymisation", *args, stdout=out, stdin=stdin)
    return json.loads(out.getvalue())


def test_clean_text_from_stdin_prints_an_empty_list():
    assert run(stdin=StringIO(CLEAN)) == []


def test_dash_reads_stdin():
    findings = run("-", stdin=StringIO(WARNING_ONLY))
    assert [f["category"] for f in findings] == ["age"]
    assert findings[0]["severity"] == "warn"


def test_file_with_blocking_findings_prints_json_and_fails_with_1(tmp_path):
    path = tmp_path / "fall.txt"
    path.write_text(BLOCKING, encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("check_anonymisation", str(path), stdout=out)
    assert raised.value.returncode == 1
    findings = json.loads(out.getvalue())
    assert {f["category"] for f in findings} == {"name", "date", "address"}
    for finding in findings:
        assert set(finding) >= KEYS
        assert BLOCKING[finding["start"] : finding["end"]] == finding["text"]
        assert finding["severity"] == "block"


def test_missing_file_fails_with_2_and_a_german_message(tmp_path):
    with pytest.raises(CommandError) as raised:
        call_command("check_anonymisation", str(tmp_path / "fehlt.txt"), stdout=StringIO())
    assert raised.value.returncode == 2
    assert "Datei nicht gefunden" in str(raised.value)


def test_undecodable_file_fails_with_2(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Straße in Köln".encode("latin-1"))
    with pytest.raises(CommandError) as raised:
        call_command("check_anonymisation", str(path), stdout=StringIO())
    assert raised.value.returncode == 2
    assert "UTF-8" in str(raised.value)


def manage(*args, stdin):
    return subprocess.run(
        [sys.executable, "manage.py", "check_anonymisation", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_process_exit_codes_and_output():
    clean = manage(stdin=CLEAN.encode())
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout) == []

    warning = manage("-", stdin=WARNING_ONLY.encode())
    assert warning.returncode == 0, warning.stderr
    assert json.loads(warning.stdout)[0]["category"] == "age"

    blocking = manage(stdin=BLOCKING.encode())
    assert blocking.returncode == 1
    assert {f["category"] for f in json.loads(blocking.stdout)} == {"name", "date", "address"}
    assert "blockierende Befunde" in blocking.stderr.decode()

    broken = manage("-", stdin=b"\xff\xfe Stra\xdfe")
    assert broken.returncode == 2
    assert "UTF-8" in broken.stderr.decode()


def test_process_reads_a_file(tmp_path):
    path = tmp_path / "fall.txt"
    path.write_text(BLOCKING, encoding="utf-8")
    result = manage(str(path), stdin=b"")
    assert result.returncode == 1
    assert json.loads(result.stdout)[0]["text"] == "Frau Amina Haddad"

    missing = manage(str(tmp_path / "fehlt.txt"), stdin=b"")
    assert missing.returncode == 2
    assert "Datei nicht gefunden" in missing.stderr.decode()
