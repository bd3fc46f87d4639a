"""One answer panel per question kind. Panels grade through the core and emit what happened;
the practice page records it."""

from interview_app.gui.panels.base import AnswerPanel
from interview_app.gui.panels.choice import ChoicePanel
from interview_app.gui.panels.concept import ConceptPanel
from interview_app.gui.panels.numeric import NumericPanel

__all__ = ["AnswerPanel", "ChoicePanel", "ConceptPanel", "NumericPanel"]
