# The app's frame: menus, windows, the keyboard help, notices.

menu-file = File
menu-open-story = Open story…
built-in-story = Back to the built-in story
menu-quit = Quit
menu-view = View
menu-reset-map = Reset map view
menu-whole-timeline = Whole timeline
menu-language = Language
menu-help = Help
menu-shortcuts = Keyboard shortcuts (F1)
drop-hint = Drop a story file (.json) on the window to open it

problems-title = This story cannot be opened
problems-summary = { $file } has { $errors ->
        [one] one error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] one warning
       *[other] { $warnings } warnings
    }. “{ $title }” stays open.
problems-more = … and { $count } more. `hungary1956 check { $file }` lists them all.
problems-open-another = Open another…
problems-keep = Keep the open story

story-opened-with-warnings = { $title } opened with { $count ->
        [one] one warning
       *[other] { $count } warnings
    }: { $listed }{ $more ->
        [0] {""}
       *[other] ; and { $more } more
    }
open-dialog-title = Open a story
open-dialog-filter = Story (JSON)

help-title = Keyboard shortcuts
help-tab = Tab moves between controls, markers and events; Enter activates them.
key-events = previous / next event
key-hour = one hour back / forward
key-start-end = start / end of the story
key-space = Space
key-play = play / pause
key-search = search events and places
key-zoom = zoom the map in / out
key-escape = clear the selection, close a view
key-help-keys = F1 or ?
key-help = this list
key-click-time = click the time
key-type-time = type a time, e.g. 1 Nov 19:50
key-wheel = wheel on the timeline
key-wheel-what = zoom the timeline; right-drag pans
