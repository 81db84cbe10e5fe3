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
