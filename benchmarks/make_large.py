"""Generate a large synthetic content folder for benchmarks: the demo content
plus N copies of the sample ministry (each with its charters, plan, reports,
meeting and evidence).  Usage: python benchmarks/make_large.py OUT [N]"""

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "content", out)
    template = ROOT / "content/offices/sample-ministry"
    for i in range(n):
        dest = out / "offices" / f"bench-office-{i:04d}"
        shutil.copytree(template, dest)
        office = dest / "office.yaml"
        office.write_text(office.read_text(encoding="utf-8").replace("name: নমুনা মন্ত্রণালয়", f"name: নমুনা দপ্তর {i}"), encoding="utf-8")
    print(f"{out}: demo + {n} offices")


if __name__ == "__main__":
    main()
