// The Geotrek-admin POI export (issue 11 §5): one point per site, on the surface of its polygon
// (ST_PointOnSurface, never a centroid that could fall outside a crescent-shaped terril). A site is
// exported once: the property elements that are already a terril, a grand site or a site at risk
// come through that richer row, not twice. Every text is French, for ESCAPADE 62's walkers.

/** Rows of `id, name, type, description, geometry` (GeoJSON Point in CRS84), ordered by type then id. */
export const GEOTREK_POIS = `
WITH poi AS (
  SELECT 'terril-' || t.id AS id,
         COALESCE(t.nom, t.nom_usuel, 'Terril n° ' || t.numero) AS name,
         'Terril' AS type,
         concat_ws(' — ',
           'Terril n° ' || t.numero,
           NULLIF(array_to_string(t.communes, ', '), ''),
           CASE t.zone WHEN 'bien_inscrit' THEN 'dans le bien inscrit au patrimoine mondial de l’UNESCO'
                       ELSE 'dans la zone tampon du bien UNESCO' END,
           'site classé « La chaîne des terrils » (2016) : ' || t.classement_2016) AS description,
         ST_PointOnSurface(t.geom) AS geom
    FROM terril t
  UNION ALL
  SELECT 'grand-site-' || g.id, g.nom, 'Grand site minier',
         concat_ws(' — ', g.commune, 'élément ' || g.element_unesco || ' du bien UNESCO'),
         g.geom
    FROM major_site g
  UNION ALL
  SELECT 'site-en-danger-' || s.id, s.nom, 'Patrimoine minier en danger',
         concat_ws(' — ', s.commune, s.motif, 'liste de la souscription de 2018'),
         ST_PointOnSurface(s.geom)
    FROM site_at_risk s
  UNION ALL
  SELECT 'element-' || e.id,
         COALESCE(e.nom, e.objet, 'Élément ' || e.id),
         CASE e.categorie WHEN 'bati' THEN 'Bâti minier'
                          WHEN 'cite_miniere' THEN 'Cité minière'
                          WHEN 'terril' THEN 'Terril'
                          WHEN 'cavalier' THEN 'Cavalier'
                          ELSE 'Espace néonaturel' END,
         concat_ws(' — ', e.typologie, NULLIF(array_to_string(e.communes, ', '), ''),
           'élément ' || e.id || ' du bien inscrit au patrimoine mondial de l’UNESCO'),
         ST_PointOnSurface(e.geom)
    FROM property_element e
   WHERE NOT EXISTS (SELECT 1 FROM major_site g WHERE g.id = e.id)
     AND NOT EXISTS (SELECT 1 FROM site_at_risk s WHERE s.id = e.id)
     AND NOT EXISTS (SELECT 1 FROM terril t WHERE t.element_unesco = e.id)
)
SELECT id, name, type, description, ST_AsGeoJSON(geom, 7, 0) AS geometry
  FROM poi
 ORDER BY type, id`
