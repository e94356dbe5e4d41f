-- Where to draw a feature's alert badge on the map: a point on the feature itself, kept with the alert
-- so that the badges need no join to the twenty layer tables. NULL for the one feature without geometry.
ALTER TABLE alert_feature ADD COLUMN anchor geometry(Point, 4326);
