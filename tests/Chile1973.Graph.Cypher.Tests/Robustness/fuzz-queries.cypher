// Seeds for BadInputFuzzTests: queries separated by blank lines. Each is cut at every position and mutated.
// The explorer's templates (src/Chile1973.Graph.Web/Queries/GraphQueries.cs):

CALL db.index.fulltext.queryNodes('node_names', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, labels(node) AS labels, node.aliases AS aliases, score
ORDER BY score DESC, name
LIMIT $limit

MATCH (n)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n) AS labels, n.start AS startDate, n.end AS endDate,
       n.description AS description, COUNT { (n)--() } AS degree

MATCH (n)--(m)
WHERE n.id IN $frontier AND NOT m.id IN $seen
RETURN DISTINCT n.id AS via, m.id AS id, m.name AS name, labels(m) AS labels, m.start AS startDate, m.end AS endDate,
       m.description AS description, COUNT { (m)--() } AS degree

MATCH (a)-[r]->(b)
WHERE (a.id IN $fresh AND b.id IN $delivered) OR (b.id IN $fresh AND a.id IN $delivered)
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.quote AS quote,
       r.start AS startDate, r.end AS endDate, r.claimed_by AS claimedBy
ORDER BY id

MATCH (n)
WHERE n.id = $id
RETURN n AS node

MATCH (n)-[r]-(m)
WHERE n.id = $id
RETURN r AS rel, m AS other
ORDER BY type(r), m.name

MATCH (n)
RETURN n.id AS id, COUNT { (n)--() } AS degree
ORDER BY degree DESC, id
LIMIT 1

MATCH (n)
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships

// TCK-like queries over the same graph:

MATCH (p:Person)-[:MEMBER_OF]->(party) WHERE p.born < 1920 RETURN p.name, party.name ORDER BY p.name SKIP 0 LIMIT $limit

UNWIND [1, 2, 3] AS x WITH x * 2 AS y WHERE y > 2 RETURN collect(y) AS ys, sum(y) AS total, avg(y) AS mean

RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x ^ 2] AS squares, reduce(s = 0, x IN [1, 2, 3] | s + x) AS sum

MATCH (a:Person {id: 'salvador_allende'}) RETURN [(a)-[:LED]->(c) | c.name] AS led, size([(a)--() | 1]) AS degree

MATCH p = (a)-[*1..3]->(b) WHERE a.id = $id RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS ids ORDER BY hops

MATCH (a {id: 'augusto_pinochet'}), (b {id: 'unidad_popular'}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p)

MATCH (n) RETURN CASE WHEN n.born IS NULL THEN 'unknown' WHEN n.born < 1910 THEN 'early' ELSE 'late' END AS era, count(*) AS c

MATCH (n:Party) RETURN n {.name, .aliases, kind: labels(n)[0], first: head(n.aliases)} AS party

WITH 'Salvador Allende Gossens' AS s RETURN toUpper(s), split(s, ' ')[1], substring(s, 0, 8), replace(s, 'Gossens', ''), trim('  x  ')

MATCH (n) WHERE n.name STARTS WITH 'S' OR n.name CONTAINS 'Popular' OR n.name =~ '.*Estado' RETURN n.name ORDER BY n.name DESC

MATCH (n) WHERE exists(n.aliases) AND any(a IN n.aliases WHERE a = 'PS') RETURN n.id

MATCH (n) WITH n.born AS born, count(*) AS c WHERE born IS NOT NULL RETURN born, c ORDER BY born

RETURN 1 AS x UNION ALL RETURN 2 AS x UNION ALL RETURN 3 AS x

MATCH (n) WHERE EXISTS { MATCH (n)-[:LED]->() } RETURN n.name, toString(n.born), toInteger('42'), toFloat('1.5')

UNWIND range(1, 5) AS i WITH i, i * i AS sq ORDER BY sq DESC LIMIT 3 RETURN i, sq, date('1973-09-11') + duration({days: i}) AS day

MATCH (n:Person) OPTIONAL CALL (n) { MATCH (n)-[r]-(m) RETURN m.name AS other ORDER BY other LIMIT 2 } RETURN n.name, other

MATCH (n {id: $id}) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS k UNION ALL RETURN 0 AS k } RETURN n.name, COLLECT { MATCH (n)--(m) RETURN m.id ORDER BY m.id } AS ids, k

MATCH (a:(Person|Party)&!Event WHERE a.id <> $id)-[r:!MEMBER_OF|LED WHERE r.since IS NULL]->(b:%) WHERE b:Party|Person RETURN a.name, b.name ORDER BY a.name OFFSET 1 LIMIT 2

MATCH ()-[r]->() WHERE r:LED|MEMBER_OF RETURN [x IN collect(r) WHERE x:LED | type(x)] AS led

MATCH (n) WHERE n.name IS :: STRING NOT NULL AND n.aliases IS NOT :: LIST<INTEGER | FLOAT> RETURN n.name || ' / ' || trim(LEADING 'S' FROM n.name) AS label, valueType(n.born), nullIf(btrim(n.name), ''), [a IN coalesce(n.aliases, []) WHERE a :: STRING | lower(a)] || ['x'] AS names ORDER BY label

MATCH (n:Person) SET n.checked = true RETURN n

UNWIND [1, 2] AS x CALL (x) { CREATE (:Made {x: x}) } RETURN x

CREATE (x:Event {id: 'new', name: $name}) RETURN x

MATCH (n {id: $id}) DETACH DELETE n
