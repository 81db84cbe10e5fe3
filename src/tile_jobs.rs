//! The job queue of a tile worker thread (the offline base map's renderer, a PMTiles
//! reader): tiles are done newest first, for the view the user is looking at now, and when
//! more than a few dozen wait, the oldest are dropped, for the map has moved on from them.

use std::sync::mpsc::Receiver;

/// Tiles waiting beyond this many are dropped, oldest first.
const QUEUE_LIMIT: usize = 48;

/// The next tile to do, and those dropped to make room, waiting for one if none is queued;
/// `None` when the app has gone (the sender is dropped).
pub(crate) fn next_job<T>(queue: &mut Vec<T>, jobs: &Receiver<T>) -> Option<(T, Vec<T>)> {
    loop {
        if queue.is_empty() {
            queue.push(jobs.recv().ok()?);
        }
        queue.extend(jobs.try_iter());
        let Some(job) = queue.pop() else {
            continue;
        };
        let overflow = queue.len().saturating_sub(QUEUE_LIMIT);
        return Some((job, queue.drain(..overflow).collect()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_and_the_oldest_dropped_beyond_the_limit() {
        let (send, jobs) = std::sync::mpsc::channel();
        for i in 0..60 {
            send.send(i).ok();
        }
        let mut queue = Vec::new();
        let (job, dropped) = next_job(&mut queue, &jobs).expect("a job");
        assert_eq!(job, 59, "the newest");
        assert_eq!(dropped, (0..11).collect::<Vec<_>>(), "the oldest beyond 48");
        assert_eq!(queue.len(), 48);
        drop(send);
        let mut done = 0;
        while next_job(&mut queue, &jobs).is_some() {
            done += 1;
        }
        assert_eq!(done, 48, "what was queued is done, then the worker ends");
    }
}
