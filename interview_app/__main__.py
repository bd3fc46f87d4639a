from interview_app.cli import main

raise SystemExit(main())
