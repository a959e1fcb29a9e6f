// Sixty nodes: three hubs tied to all the others, and sparse links between the rest. Names repeat (ties broken by
// id), every eleventh node has none, one pair is joined twice and one hub has a self-loop, so a ring's reads see
// duplicates, ties and its own frontier.
UNWIND range(0, 59) AS i
CREATE (:N {id: 'n' + i, name: CASE WHEN i % 11 = 5 THEN null ELSE 'Name ' + (i % 6) END})
WITH count(*) AS created
MATCH (a:N), (b:N)
WITH a, b, toInteger(substring(a.id, 1)) AS i, toInteger(substring(b.id, 1)) AS j
WHERE i < j AND (i < 3 OR (i * 31 + j * 17) % 13 = 0)
CREATE (a)-[:LINKS {id: 'r' + i + '-' + j}]->(b)
WITH count(*) AS linked
MATCH (a:N {id: 'n0'}), (b:N {id: 'n7'}), (h:N {id: 'n1'})
CREATE (b)-[:ALSO {id: 'r7-0'}]->(a), (h)-[:SELF {id: 'r1-1'}]->(h)
