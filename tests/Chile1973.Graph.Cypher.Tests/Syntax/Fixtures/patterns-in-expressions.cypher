MATCH (n)
WHERE (n)-[:T]->(:X) AND exists { (n)<--(m) WHERE m.k = 1 } AND COUNT { MATCH (n)--() RETURN 1 } > 2
RETURN n {.name, .*, k: 1, n} AS projected, [p = (n)-->() WHERE true | length(p)] AS lengths,
       shortest.x AS `column name`
