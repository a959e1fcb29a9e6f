CREATE (a:A:B {k: 1, `odd key`: 'v'}), (a)-[:T {w: 2.5}]->(:C)
MERGE (a)-[r:KNOWS]->(b:Person {name: $name})
  ON CREATE SET r.since = 1973, b += {x: 1}
  ON MATCH SET b = $props, b:Seen
SET a.k = a.k + 1, a:Touched
REMOVE a.tmp, a:Old
DETACH DELETE b
