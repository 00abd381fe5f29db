"""`python -m errcodegen ...`: the same command line as the `errcodegen` script."""

import sys

from .cli import main

sys.exit(main())
