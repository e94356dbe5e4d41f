-- GET /indicators (issue #10 §5): alerts are counted by their creation. Without this index, the month
-- where the series starts (the first alert's, min(created_at)) costs a scan of every alert on each
-- request, and a short period scans them all too.
CREATE INDEX alert_created_at_idx ON alert (created_at);
