// Comments are skipped.
MATCH (a:Person {name: 'Allende'})-[r:KNOWS|:MET*1..3]->(b), (c)
WHERE a.born < 1910 AND NOT b:Military AND c.name STARTS WITH 'Pino'
RETURN DISTINCT a.name, count(*) AS n, b /* block */ ORDER BY n DESC, a.name SKIP 1 LIMIT $limit
