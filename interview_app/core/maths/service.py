"""The checker process: reads one JSON request per line on stdin, answers one per line.

Started and killed by `client.MathChecker`; user text is parsed here, never evaluated.
"""

from __future__ import annotations

import json
import sys


def serve() -> None:
    from interview_app.core.maths.equivalence import Spec, check

    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        try:
            request = json.loads(line)
            reply = check(Spec.from_json(request["spec"]), str(request["answer"]))
        except MemoryError:
            reply = {
                "verdict": "undetermined",
                "parsed": "",
                "message": "the check ran out of memory",
            }
        except RecursionError:
            reply = {
                "verdict": "invalid",
                "parsed": "",
                "message": "the expression is nested too deeply",
            }
        except Exception as exc:  # the author's expected answer may be broken: say so
            reply = {"verdict": "undetermined", "parsed": "", "message": f"the check failed: {exc}"}
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    serve()
