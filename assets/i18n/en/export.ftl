# File ▸ Export film…: a film of the story (GIF, MP4 or PNG frames), made frame by frame.

menu-export-film = Export film…
export-title = Export film
export-from = From
export-to = To
export-step = Step (story time per frame)
export-fps = Frames per second
export-size = Size (pixels)
export-format = Format
export-format-gif = GIF
export-format-mp4 = MP4 video (ffmpeg)
export-format-png = PNG frames (folder)
export-file = Save to
export-choose = Choose…
export-start = Export
export-cancel = Cancel
export-starting = Starting…
export-summary = { $frames ->
        [one] One frame
       *[other] { $frames } frames
    }, a film of { $seconds } s.
export-progress = { $done } of { $total } frames, { $left } left
export-time-left = { $minutes ->
        [0] {""}
       *[other] { $minutes } min{" "}
    }{ $seconds } s
export-done = Saved: { $path }
export-failed = The export failed: { $reason }
export-cancelled = Cancelled; nothing was written.

export-error-time = { $field }: “{ $text }” is not a time (e.g. 1956-10-23 14:00).
export-error-size = “{ $text }” is not a size such as 1280x720 (200 to 8000 pixels a side).
export-error-no-file = Choose where to save the film.
export-error-format-mismatch = The file's name does not match the format chosen.
export-error-extension = .{ $extension } is not a film format: name the file .gif or .mp4, or choose a folder for PNG frames.
export-error-range = The start must come before the end.
export-error-step = “{ $text }” is not a step longer than zero (e.g. 1h, 30m, 1d).
export-error-frames = { $frames } frames, but at most { $max }: choose a longer step or a shorter range.
export-error-fps = The rate must be from 1 to 50 frames per second.

# The command's own words (hungary1956 export …).
export-cli-extension = { $path }: unknown film format .{ $extension }; name the file .gif or .mp4, or give a folder for PNG frames
export-cli-range = --from { $from } is not before --to { $to }
export-cli-bad-step = --step { $text }: { $reason } (examples: 1h, 30m, 1d, 6h 30m)
export-cli-step-not-positive = --step { $text }: the step must be longer than zero
export-cli-frames = { $frames } frames: more than { $max }; choose a longer --step or a shorter range
export-cli-fps = --fps { $fps }: the rate must lie between 1 and { $max } frames per second
export-cli-no-ffmpeg = an MP4 is made by ffmpeg, which is not installed (on Debian or Ubuntu: `apt install ffmpeg`, the package ffmpeg); a .gif or a folder of PNG frames needs nothing else
export-cli-write = cannot write { $path }: { $reason }
export-cli-ffmpeg = ffmpeg failed: { $reason }
export-cli-cancelled = cancelled; nothing was written
export-reason-disk-full = the disk is full
export-reason-permission = permission denied
export-reason-no-folder = the folder does not exist
export-cli-story-failed = { $file }: the story cannot be opened ({ $count } problems; `hungary1956 check { $file }` lists them)
export-cli-bad-time = { $option } { $text }: { $reason } (example: 1956-10-23T00:00)
export-cli-outside = { $option } { $text }: outside the story, which runs from { $start } to { $end }
export-cli-window-closed = export: the window was closed; nothing was written
export-cli-written = Wrote { $count } frames ({ $seconds } s at { $fps } frames per second) to { $path }
export-cli-stalled = frame { $frame }: the map or a picture was still loading after { $seconds } s
