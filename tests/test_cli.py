import json
import shutil
import subprocess
import sys

import pytest

from tests_support import FIXTURES


def run(*args):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True)


@pytest.fixture
def minutes(tmp_path):
    for name in ("minutes.txt", "minutes.txt.claims.json"):
        shutil.copy(FIXTURES / "notes-v1" / name, tmp_path / name)
    return tmp_path / "minutes.txt"


def test_check_json_contract(minutes):
    out = run("check", str(minutes), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["document"]["path"] == str(minutes)
    assert report["document"]["length"] == len(minutes.read_text())
    assert len(report["document"]["sha256"]) == 64
    assert report["claims"] == 2
    assert report["verdicts"]["mostly-accurate"] == 1 and report["verdicts"]["false"] == 1
    assert sum(report["verdicts"].values()) == 2
    assert report["anchors"] == {"exact": 2, "moved": 0, "changed": 0, "orphaned": 0}


def test_check_exits_1_on_orphans_and_reports_moves(minutes):
    text = minutes.read_text()
    text = "Draft, corrected.\n" + text.replace("The real number is closer to 600.", "[removed]")
    minutes.write_text(text)
    out = run("check", str(minutes), "--json")
    assert out.returncode == 1
    assert json.loads(out.stdout)["anchors"]["moved"] == 1
    assert json.loads(out.stdout)["anchors"]["orphaned"] == 1
    assert "orphaned 1" in run("check", str(minutes)).stdout


def test_check_exits_2_naming_the_broken_file(minutes):
    notes = minutes.with_name("minutes.txt.claims.json")
    notes.write_text('{"format": "claim-reader", "version": 1, "claims": [')
    out = run("check", str(minutes))
    assert out.returncode == 2
    assert str(notes) in out.stderr and "not valid JSON" in out.stderr
    missing = run("check", str(minutes.with_name("gone.txt")))
    assert missing.returncode == 2 and "gone.txt: no such file" in missing.stderr


def test_version():
    from reader import __version__

    out = run("--version")
    assert out.stdout.strip() == f"claim-reader {__version__}"
