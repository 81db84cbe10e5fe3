# The problems a story file or its translation can have, as `check`, the problems window and
# the notice after opening show them. Values quoted from the file ($id, $file, $time, …) come
# escaped and without quotation marks: each language puts its own around them. $reason is the
# words of serde_json, of the system or of a decoder, kept as they are.

## How a problem is shown: "FILE:LINE:COLUMN: error at PATH: MESSAGE", then the hint.

problem-kind = { $severity ->
        [error] error
       *[warning] warning
    }
problem-kind-at = { $severity ->
        [error] error
       *[warning] warning
    } at { $path }
problem-hint = hint: { $hint }

## The story file as a whole.

problem-story-too-large = the file is { $size } bytes; stories may be at most { $max } bytes
hint-story-too-large = split the story or move large data out of it
problem-story-folder = the story's folder cannot be read: { $reason }
hint-check-path = check the path
hint-not-regular = open the story file itself, not a folder, pipe or device
problem-not-utf8-encoding = the file is { $encoding } ({ $endian ->
        [big] big-endian
       *[little] little-endian
    }{ $bom ->
        [yes] , with byte-order mark
       *[no] {""}
    }), not UTF-8
problem-two-boms = the file starts with two byte-order marks
problem-bom = the file starts with a byte-order mark; it is skipped
hint-save-utf8-no-bom = save the file as UTF-8 without byte-order mark
problem-file-empty = the file is empty
hint-one-object = a story file is one JSON object
problem-invalid-utf8 = invalid UTF-8 at byte { $byte }
hint-save-utf8 = save the file as UTF-8
problem-too-deep = the JSON is nested too deeply (more than { $max } levels)
hint-too-deep = a story needs only a few levels of [ ] and {"{"} {"}"}
problem-duplicate-key = the key "{ $key }" is given twice in one object
hint-duplicate-key = give each key once; JSON readers would silently keep only one
problem-json-syntax = { $reason }
hint-json-syntax = the file must be one JSON object; check brackets, commas and quotes
problem-top-level-not-object = the top level is not a JSON object
hint-top-level-not-object = a story file is one object: {"{"} "format": 1, "title": … {"}"}
problem-not-listed = { $count } more { $severity ->
        [error] error(s)
       *[warning] warning(s)
    } not listed
hint-not-listed = at most { $max } problems of each kind are listed; mend these and check again

## Fields and lists.

problem-missing-field = missing field `{ $field }`
problem-json-value = { $reason }
hint-decode = see { $doc } for the fields and their types
problem-not-a-list = expected a list
problem-unknown-field = unknown field; it is ignored
hint-unknown-field = check the spelling against { $doc }
problem-too-many-items = the list has { $count } items; at most { $max } are allowed
hint-too-many-items = split the story into several files
problem-too-many-entries = the list has { $count } entries; at most { $max } are allowed here
hint-too-many-entries = keep the most important ones
problem-text-too-long = the text is { $count } characters long; at most { $max } are allowed here
hint-text-too-long = shorten it, or split a long text into paragraphs
problem-format = format { $format } is not supported
hint-format = this version of the app reads "format": 1

## Ids and references. $kind is place, polity, track or event.

problem-duplicate-id = duplicate id "{ $id }" in { $list }
hint-duplicate-id = every id must be unique within its list
problem-invalid-id = "{ $id }" is not a valid id
hint-invalid-id = ids use lowercase a-z, 0-9 and '-' only, at most { $max } of them
problem-no-such-item = no { $kind ->
        [place] place
        [polity] polity
        [track] track
       *[event] event
    } has the id "{ $id }"
hint-no-such-item = add a { $kind ->
        [place] place
        [polity] polity
        [track] track
       *[event] event
    } with this id or fix the reference
hint-fix-reference = fix the reference

## Times.

problem-unknown-timezone = unknown time zone "{ $zone }": { $reason }
hint-unknown-timezone = use an IANA name such as "Europe/Budapest"
problem-time-malformed = "{ $time }" is not a time of the form YYYY-MM-DDTHH:MM or YYYY-MM-DD
problem-time-not-in-zone = "{ $time }" cannot be placed in time zone { $zone }: { $reason }
hint-time-form = write local times as "1956-10-23T15:00" or "1956-10-23"
problem-outside-span = { $time } lies outside the story's span
hint-outside-span = events must lie between the story's start and end
problem-story-ends-before-start = the story ends before it starts
problem-phase-ends-before-start = the phase ends before it starts
problem-movement-ends-before-start = the movement ends before it starts
hint-end-after-start = end must come after start
problem-event-ends-before-start = the event ends before it starts
hint-end-not-before-start = end must not come before start
problem-story-too-long = the story spans { $days } days; at most { $max } days (100 years) are allowed
hint-story-too-long = shorten the story's span

## Places, states, events and movements. $values lists a field's values, as the file writes them.

hint-one-of = { $field } is one of { $values }

problem-unknown-place-kind = unknown place kind "{ $kind }"
problem-latitude = latitude { $lat } is out of range
hint-latitude = lat must lie in [-90, 90]
problem-longitude = longitude { $lon } is out of range
hint-longitude = lon must lie in [-180, 180]
problem-within-itself = place "{ $id }" lies within itself
hint-within-loop = "within" must not form a loop
problem-within-too-deep = place "{ $id }" lies within more than { $max } places, one inside the other (or in a loop)
hint-within-too-deep = "within" names the larger place a place is part of; keep the chain short
problem-unknown-alliance = unknown alliance "{ $alliance }"
problem-unknown-status = unknown status "{ $status }"
problem-unknown-confidence = unknown confidence "{ $confidence }"
problem-no-source = the event has no source
hint-no-source = every event needs at least one source
problem-not-web-link = "{ $url }" is not a web link; only http: and https: links are allowed
hint-not-web-link = link to a page on the web (https://…), or leave the link out
problem-unknown-side = unknown side "{ $side }"
problem-movement-one-place = a movement needs at least two places
hint-movement-one-place = list the places the movement runs through, in order

## The guided tour.

problem-stop-target = a stop shows one event or one place
hint-stop-target = give the stop either "event" or "place", not both
problem-dwell = a stay of { $seconds } seconds
hint-dwell = dwell is between { $min } and { $max } seconds
problem-caption-too-long = the caption is longer than { $max } characters
hint-caption-too-long = a caption is one short line; the detail view tells the rest
problem-view-off-map = the view { $lat },{ $lon } at zoom { $zoom } is off the map
hint-view-off-map = latitude in [-85, 85], longitude in [-180, 180], zoom in 2..=17
problem-view-incomplete = a view needs both "center" and "zoom"
hint-view-incomplete = give both, or neither to show the stop's own places

## Pictures and folders. $subject is one of the subject- messages below.

subject-story-file = the file
subject-translation = the translation
subject-asset-folder = the asset folder "{ $folder }"
subject-artwork = artwork "{ $file }"
subject-event-artwork = artwork "{ $file }" of the event "{ $event }"
subject-cover-artwork = artwork "{ $file }" of the cover
subject-picture-file = { $file }
problem-asset-folder-escapes = the asset folder "{ $folder }" is neither inside the story's folder nor beside it (an absolute path, or '..' more than once)
problem-asset-folder-outside = the asset folder "{ $folder }" leads outside the story's folder (through a link)
problem-asset-folder-not-a-folder = the asset folder "{ $folder }" is a file, not a folder
problem-asset-folder-missing = the asset folder "{ $folder }" does not exist
hint-asset-root = asset_root is a folder inside the story's folder, relative to the story file
problem-artwork-escapes = "{ $file }" leaves the asset folder
hint-artwork-escapes = artwork paths are relative to asset_root, without '..'
problem-artwork-outside = "{ $file }" leads outside the asset folder (through a link)
hint-artwork-outside = keep artwork files inside the asset folder
problem-artwork-not-built-in = artwork "{ $file }" is not in the built-in assets
hint-placeholder = a placeholder is shown instead
file-cannot-be-read = { $subject } cannot be read: { $reason }
io-not-found = there is no such file or folder
io-permission-denied = permission is denied
file-not-regular = { $subject } is a { $kind ->
        [fifo] FIFO
        [device] device
        [socket] socket
        [folder] folder
        [symlink] symbolic link
       *[special] special file
    }, not a regular file
file-too-large = { $subject } is { $size } bytes; at most { $limit } bytes are allowed
file-escapes = { $subject } leaves its folder (an absolute path or '..')
file-not-a-folder = { $subject } is not a folder
file-outside-folder = { $subject } leads outside its folder (through a link)
picture-not-built-in = { $subject } is not among the built-in pictures
picture-unknown-format = { $subject } is not a PNG, JPEG or WebP picture
picture-undecodable = { $subject } is not a picture this app can show: { $reason }
picture-too-many-bytes = { $subject } is { $size } bytes; pictures may be at most { $max } bytes
picture-too-large = { $subject } is { $width }×{ $height } pixels; pictures may be at most { $max } pixels wide and high

## Translation files. $kind is event, place, polity, phase, track, movement or tour-stop.

problem-translation-not-utf8 = the translation is not UTF-8 ({ $reason })
hint-translation-unusable = the story opens in its own language; mend or remove the translation file
hint-translation-fields = see { $doc }, "Translations", for the fields
problem-translation-format = format { $format } is not known; this app reads format 1
problem-translation-language = the app does not speak "{ $language }"
hint-translation-language = use "hu" or "en"
problem-translation-unknown-id = the story has no { $kind ->
        [event] event
        [place] place
        [polity] polity
        [phase] phase
        [track] track
        [movement] movement
       *[tour-stop] tour stop
    } with the id "{ $id }"
hint-translation-unknown-id = translate only what the story has
problem-translation-entries = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }, but the story has { $original }: one for each
problem-translation-stale = stale: the story's text has changed since this was translated
hint-translation-stale = translate it again, then set source_hash to "{ $hash }"
problem-translation-no-hash = no source_hash: whether the translation is up to date cannot be told
hint-translation-no-hash = set source_hash to "{ $hash }"
problem-translation-missing = no entry for { $kind ->
        [event] event
        [place] place
        [polity] polity
        [phase] phase
        [track] track
        [movement] movement
       *[tour-stop] tour stop
    } "{ $id }": it is shown untranslated
