from vnextract.pipeline.cli import main

raise SystemExit(main())
