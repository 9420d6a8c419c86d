"""Questions analysts ask of a store: which events, how a dyad evolved, who is active with whom,
the actor network, conflict alerts, and exports.

Every function takes an open store (``deeppol.store.open_store``) and an optional
``EventFilter``, and returns frozen records with an ``as_dict()`` JSON form; the CLI
(``deeppol events|dyad|actors|network|alerts|export``) and the REST API are thin shells over them.
"""

from deeppol.analysis.actors import ActorActivity, Partner, actor_partners, top_actors
from deeppol.analysis.alerts import Alert, find_alerts, latest_date
from deeppol.analysis.events import (
    EventDetail,
    EventLocation,
    EventPage,
    EventRecord,
    MentionEvidence,
    count_events,
    get_event,
    get_events,
    iter_events,
    list_events,
)
from deeppol.analysis.export import (
    EXPORT_FORMATS,
    GDELT_COLUMNS,
    ExportStream,
    ExportSummary,
    export_events,
    gdelt_row,
    plover_record,
)
from deeppol.analysis.filters import AnalysisError, EventFilter
from deeppol.analysis.network import build_network, network_data, write_network
from deeppol.analysis.timeline import DyadBin, dyad_timeline

__all__ = [
    "EXPORT_FORMATS", "GDELT_COLUMNS", "ActorActivity", "Alert", "AnalysisError", "DyadBin",
    "EventDetail", "EventFilter", "EventLocation", "EventPage", "EventRecord", "ExportStream",
    "ExportSummary", "MentionEvidence", "Partner", "actor_partners", "build_network",
    "count_events", "dyad_timeline", "export_events", "find_alerts", "gdelt_row", "get_event",
    "get_events", "iter_events", "latest_date", "list_events", "network_data", "plover_record",
    "top_actors", "write_network",
]
