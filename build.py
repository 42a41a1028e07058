"""Build the site: ``python build.py [build|check] [--content DIR] [--out DIR]``.

A thin entry point; the engine is the ``protishruti`` package.
"""

from protishruti.cli import run

if __name__ == "__main__":
    run()
