"""Time rendering and signing one certificate PDF.

    .venv/bin/python bench/certificates_pdf.py [--runs 21] [--budget 150]

Renders the DGCC qualification certificate of the test suite (seven modules, QR code, bundled
fonts) with `render_signed_pdf`, signed with a throwaway demo key made in a temporary folder.
After two warm-up runs (fonts registered, templates compiled, key loaded) it times the
given number of runs and prints the median wall-clock and CPU milliseconds, split into render
and sign, and PASS or FAIL of the median wall-clock time against the budget (150 ms). Exit
code 1 on FAIL. Not part of the test suite: timings on a shared machine are too noisy for a
unit test; the CPU figure shows how much of a slow wall-clock time is other load.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(function, *args):
    started, started_cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return (
        result,
        (time.perf_counter() - started) * 1000,
        (time.process_time() - started_cpu) * 1000,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs after the warm-up")
    parser.add_argument("--budget", type=float, default=150.0, help="milliseconds allowed")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import override_settings

    from certificates import signing
    from certificates.pdf import render_pdf, render_signed_pdf
    from tests.certificates.test_pdf import certificate_document

    document = certificate_document()
    with tempfile.TemporaryDirectory(prefix="fallwerk-signing-") as folder:
        keys = Path(folder)
        with override_settings(
            CERTIFICATE_ALLOW_DEMO_KEY=True,
            CERTIFICATE_SIGNING_KEY=str(keys / "signing-key.pem"),
            CERTIFICATE_SIGNING_CERT=str(keys / "signing-cert.pem"),
            CERTIFICATE_SIGNING_CHAIN=[str(keys / "root-ca.pem")],
            CERTIFICATE_SIGNING_KEY_PASSPHRASE="",
        ):
            call_command("create_demo_signing_key", stdout=io.StringIO())
            for _ in range(2):  # warm-up
                signed = render_signed_pdf(document)
            wall, cpu, render_wall, sign_wall = [], [], [], []
            for _ in range(args.runs):
                signed, total_ms, total_cpu = timed(render_signed_pdf, document)
                wall.append(total_ms)
                cpu.append(total_cpu)
                unsigned, render_ms, _ = timed(render_pdf, document)
                render_wall.append(render_ms)
                _, sign_ms, _ = timed(signing.sign_pdf, unsigned)
                sign_wall.append(sign_ms)
            check = signing.validate_pdf(signed)

    median = statistics.median(wall)
    verdict = "PASS" if median <= args.budget and check["trusted"] else "FAIL"
    print(f"document: {len(document.modules)} modules, {len(signed) / 1000:.1f} KB signed PDF")
    print(f"signature: intact={check['intact']} trusted={check['trusted']}")
    print(f"runs: {args.runs} after two warm-ups")
    print(f"median: {median:.1f} ms wall, {statistics.median(cpu):.1f} ms CPU")
    print(
        f"split (separate runs, median wall): render {statistics.median(render_wall):.1f} ms, "
        f"sign {statistics.median(sign_wall):.1f} ms"
    )
    print(f"min/max: {min(wall):.1f}/{max(wall):.1f} ms wall")
    print(f"{verdict}: median {median:.1f} ms against a budget of {args.budget:.0f} ms")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
