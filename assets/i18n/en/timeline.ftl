# The timeline: its header (playback, the time, the view) and its strip.

## Playback

timeline-play = Play
timeline-pause = Pause
timeline-play-hint = Play (Space)
timeline-pause-hint = Pause (Space)
timeline-speed = Speed
timeline-speed-hint = Playback speed
speed-hour = 1 hour / s
speed-six-hours = 6 hours / s
speed-day = 1 day / s
timeline-loop = Loop

## The time and the view

timeline-previous-hint = Previous event (←)
timeline-next-hint = Next event (→)
# Whose local time the story keeps: $city is the city its time zone is named after.
timeline-zone = { $city } time
timeline-whole-story = Whole story
timeline-whole-story-hint = Zoom the timeline out to the whole story (or double-click it)
timeline-copy-link = Copy link
timeline-copy-link-hint = Copy the command-line options that reopen this view
timeline-how-to = Drag: move in time · wheel: zoom · right-drag: pan · F1: keys

## Typing a time

time-click-hint = Click to type a time, e.g. 1 Nov 19:50
time-field = Go to time
time-field-example = 1 Nov 19:50
time-outside-story = the story runs from { $start } to { $end }
time-not-understood = "{ $text }" is not a time; try 1956-11-01 19:50, 1 Nov 19:50 or 19:50

## The strip

# The strip's accessible name, with the current time in words.
timeline-strip = Timeline: { $time }
track-shown = { $track } (shown)
track-hidden = { $track } (hidden)
track-show-hint = Show this track's events (here and on the map)
track-hide-hint = Hide this track's events (here and on the map)
track-other = Other
cluster = { $count ->
        [one] one event
       *[other] { $count } events
    }
cluster-hint = { $count ->
        [one] one event
       *[other] { $count } events
    } — click to zoom in
