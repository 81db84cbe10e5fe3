# The detail view, the search field and its results, the large view of a picture.

now-heading = Happening now
now-nothing = Nothing of the story is happening at this moment.
now-last = Last:
now-next = Next:
now-more = …and { $count } more happening now
back-to-overview = ← Overview
back-to-overview-hint = Clear the selection and show the story's overview

event-time-unknown = { $date } (time of day not known)
event-where = Where:
event-track = Track: { $track }
event-dating-note = On the date
event-disputed = Where sources differ
event-confidence = Confidence: { $confidence }
confidence-high = high: the sources agree
confidence-medium = medium: some details are uncertain
confidence-low = low: the sources are thin or disagree

place-link-hint = Select this place and show it on the map
# A place's kind and the state it lay in: "capital in Hungary".
place-kind-in = { $kind } in { $polity }
place-part-of = Part of:
place-events-here = Events here ({ $count })
place-within = Places within

overview-begin = Begin: { $title } ▶
overview-begin-hint = Select the first event
overview-counts = { $events ->
        [one] One event
       *[other] { $events } events
    }, { $places ->
        [one] one place
       *[other] { $places } places
    }. Click a marker on the map or an event on the timeline.
sources-heading = Sources

artwork-enlarge-hint = Click to see it large
artwork-loading = Loading the picture…
artwork-unavailable = Picture not available: { $reason }
artwork-no-decoder = the picture decoder is not running
lightbox-help = Wheel: zoom · drag: pan · double-click: fit · Esc: close
lightbox-close = Close the large view

search-label = Search events and places
search-hint = Search events and places (Ctrl+F)
search-clear = Clear the search
search-nothing = Nothing found.
search-found = { $count } found
search-more = …and { $count } more; type more to narrow it down.
# A place among the search results, and its kind: "place · capital".
search-place = place · { $kind }
