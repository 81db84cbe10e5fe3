# The command line: the `check` command's summary, errors in the options, notices about the
# settings remembered from the last run, and the text of `--help`.

check-ok = { $file }: OK — { $events ->
        [one] { $events } event
       *[other] { $events } events
    }, { $places ->
        [one] { $places } place
       *[other] { $places } places
    }, { $polities ->
        [one] { $polities } polity
       *[other] { $polities } polities
    }, { $movements ->
        [one] { $movements } movement
       *[other] { $movements } movements
    }
check-warnings = ({ $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    })
check-failed = { $file }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

cli-at-invalid = { $option } { $text }: { $error } (example: { $option } { $example })
cli-at-outside = { $option } { $text }: the story runs from { $start } to { $end }
cli-select-unknown = { $option } { $id }: no event or place has this id
cli-track-unknown = { $option } { $id }: no track has this id
cli-screenshot-no-frame = { $option }: the window closed before a frame was captured; nothing was saved
cli-window-failed = cannot open the window
cli-private-folder = cannot make a private folder for this run

saved-settings-not-used = Some remembered settings were not used: { $problems }.
storage-not-set-aside = The remembered settings in { $file } were not used: { $problems }. The file could not be set aside ({ $error }), so nothing is remembered this time; delete it to start afresh.
storage-set-aside = The remembered settings could not be used: { $problems }. The file was set aside as { $aside }, and the app starts afresh.
storage-damaged-kept = The remembered settings were damaged: { $problems }. The file was set aside as { $aside }; the rest of what was remembered is used.
storage-damaged-lost = The remembered settings were damaged: { $problems }. The file was set aside as { $aside }, and the app starts afresh ({ $error }).
saved-settings-unreadable = The remembered settings were not used: { $problem }; the app starts afresh.

## What was wrong with the remembered settings: the problems the notices above list.

subject-settings-file = the file
storage-not-utf8 = the file is not UTF-8 text
storage-unreadable = the file cannot be read ({ $error })
storage-memory-unreadable = egui's memory cannot be read ({ $error })
storage-memory-number = egui's memory holds the number { $number }, out of range
storage-zoom-factor = the zoom factor { $zoom } is out of range
storage-font-size = a remembered font size is out of range
storage-window-unreadable = the window's place or size cannot be read ({ $error })
storage-window-number = the window's place or size holds the number { $number }, out of range
saved-state-unreadable = the saved state is unreadable ({ $error })
saved-state-not-a-list = the saved state is unreadable (not a list)
saved-state-not-an-object = a story's saved state is unreadable (not an object)
# $field is the name of a field of the saved state.
saved-field-not-usable = the remembered { $field ->
        [story] story file
        [time] time
        [select] selection
        [language] language
       *[other] { $field }
    } is not usable
saved-field-missing = the remembered { $field ->
        [speed] playback speed
        [looping] Loop setting
        [map_mode] map mode (So far or Now only)
       *[other] { $field }
    } is missing
saved-language-unknown = the remembered language is not one the app speaks
saved-center-out-of-range = the remembered map centre is out of range
saved-zoom-out-of-range = the remembered map zoom is out of range
saved-hidden-tracks-not-usable = the remembered hidden tracks are not usable

# `--help` in English comes from the doc comments in src/cli.rs; these messages word it in the
# other languages, and must say the same.
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-about = Hungary 1956 Explorer: the thirteen days of the Hungarian Revolution on a map, a timeline and in words.
cli-help-story = Open this story file instead of the built-in one.
cli-help-at = Start at this time, Budapest local time, e.g. 1956-11-01T19:50.
cli-help-select = Start with this event or place selected (its id in the story file).
cli-help-center = Start with the map centred here, e.g. 47.2,19.5 (latitude,longitude).
cli-help-zoom = Start with the map at this zoom level (2 = the whole USSR, 17 = streets of Budapest).
cli-help-tiles = Tiles under the 1956 borders: offline, the offline 1956 map (nothing is fetched), or osm, OpenStreetMap (online). Default: offline.
cli-help-pmtiles = Show raster tiles from this local .pmtiles file under the 1956 borders.
cli-help-show-artwork = Start with the painting of the selected event (or the story's cover) in the large view.
cli-help-show = What the map shows of the events: so-far, everything up to the time shown, or now-only, only what is happening then. Default: the one chosen last time, else so-far.
cli-help-hide-track = Start with this track's events hidden (its id in the story file); may be repeated.
cli-help-lang = Language of the interface and the story: hu (Magyar) or en (English). Default: the one chosen last time, else the system's locale (LC_ALL, LC_MESSAGES, LANG), else English.
cli-help-fresh = Ignore what was remembered from the last run.
cli-help-screenshot = Save the first complete frame as a PNG file and exit.
cli-help-size = Window size in points, e.g. 1600x900. Default: 1600x900; with --kiosk, full screen.
cli-help-kiosk = Museum and classroom mode: full screen, no menus, files or links; the story's guided tour plays by itself, a touch pauses it, and Magyar | English is always on screen. It starts in --lang (default hu), remembers nothing, and cannot be quit with the usual keys: hold Ctrl+Shift+Q for 3 seconds to leave.
cli-help-idle-reset = With --kiosk: after this many seconds without a touch, go back to the tour's first stop and the starting language. Default: 90.
cli-help-help = Print help
cli-help-version = Print version
cli-help-help-command = Print this message or the help of the given subcommand(s)
cli-help-check = Check a story file and print every problem; exits 1 if it has errors.
cli-help-check-path = The story file.
cli-help-help-long = Print help (see a summary with '-h')
cli-help-export = Export a film of the story: a GIF, an MP4 (through ffmpeg) or a folder of PNG frames, one frame every --step of story time.
cli-help-export-out = The film: NAME.gif (built in), NAME.mp4 (needs ffmpeg), or a folder for PNG frames.
cli-help-export-from = The first frame's time, Budapest local time, e.g. 1956-10-23T00:00 (default: the story's start).
cli-help-export-to = No frame is later than this time (default: the story's end).
cli-help-export-step = Story time between frames, e.g. 1h, 30m, 6h, 1d.
cli-help-export-fps = Frames per second of the film. Default: 10.
cli-help-export-size = Frame size in pixels, e.g. 1280x720 (the default).
cli-help-export-lang = Language of the film: hu (Magyar) or en (English).
cli-help-export-select = Show this event or place selected (its id in the story file).
cli-help-export-center = Centre the map here, e.g. 47.5,19.05 (latitude,longitude).
cli-help-export-zoom = The map's zoom level (2 = the whole USSR, 17 = streets of Budapest).
cli-help-export-show = What the map shows of the events: so-far, everything up to each frame's time (the default), or now-only, only what is happening then.
cli-help-export-hide-track = Hide this track's events (its id in the story file); may be repeated.
cli-help-export-story = Film this story file instead of the built-in one.

# Why a value on the command line was refused (the reason after clap's "invalid value … for …").
cli-value-language = "{ $text }" is not a language of the app ({ $known })
cli-value-not-number = "{ $text }" is not a number
cli-value-zoom = zoom { $zoom } is outside { $min }..={ $max }
cli-value-size = "{ $text }" is not WIDTHxHEIGHT, e.g. 1600x900
cli-value-width = bad width in "{ $text }"
cli-value-height = bad height in "{ $text }"
cli-value-size-range = "{ $text }": width and height must lie between 200 and 8000
cli-value-lat-lon = "{ $text }" is not LAT,LON, e.g. 47.2,19.5
cli-value-latitude = bad latitude in "{ $text }"
cli-value-longitude = bad longitude in "{ $text }"
cli-value-lat-lon-range = "{ $text }": latitude must lie in [-85, 85], longitude in [-180, 180]

# The command line's errors, worded by the app in languages other than English (in English,
# clap writes them itself; these are its words).
cli-error = error: { $line }
cli-error-value = invalid value for '{ $arg }': { $reason }
cli-error-choice = invalid value '{ $value }' for '{ $arg }' [possible values: { $valid }]
cli-error-unknown = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-missing = the following required { $count ->
        [one] argument was
       *[other] arguments were
    } not provided: { $arg }
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
cli-error-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-tip = tip: a similar argument exists: '{ $arg }'
cli-error-help = For more information, try '--help'.
