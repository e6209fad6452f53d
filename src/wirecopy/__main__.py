"""``python -m wirecopy`` runs the command line."""

import sys

from wirecopy.cli import main

sys.exit(main())
