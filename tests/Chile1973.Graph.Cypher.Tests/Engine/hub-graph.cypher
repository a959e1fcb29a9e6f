// A hub with about a hundred relationships to forty nodes: two types in both directions, parallel relationships
// and self-loops. An expansion from it tested against a few nodes finds them in its neighbour index instead of
// reading all of them, and must answer as the reading does. Nodes joined to nothing lie between the others in the
// store, so a list of ids can hold nodes the hub does not reach, before, between and after those it does.
CREATE (h:N {id: 'hub'})
WITH h
UNWIND range(0, 39) AS i
FOREACH (_ IN CASE WHEN i % 4 = 2 THEN [1] ELSE [] END | CREATE (:N {id: 'loner' + i}))
CREATE (m:N {id: 'm' + i})
CREATE (h)-[:A {k: i}]->(m)
CREATE (m)-[:B {k: i}]->(h)
FOREACH (_ IN CASE WHEN i % 3 = 0 THEN [1] ELSE [] END | CREATE (h)-[:A {k: -i}]->(m))
FOREACH (_ IN CASE WHEN i % 10 = 0 THEN [1] ELSE [] END | CREATE (h)-[:B {k: 100 + i}]->(h))
