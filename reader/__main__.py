"""Allow ``python -m reader`` as a synonym of the ``claimdesk`` command."""

from reader.cli import main

raise SystemExit(main())
