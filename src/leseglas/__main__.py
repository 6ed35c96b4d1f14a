from leseglas.cli import main

raise SystemExit(main())
