-- PostGIS is the only extension the app needs; the embedded database loads it in its constructor.
CREATE EXTENSION IF NOT EXISTS postgis;
