// A focus 'c' tied to one hub 'h' only. The hub has thirty leaves, then, last, 's': its best connected neighbour
// (ten leaves of its own), which a ring that reads only the hub's first few neighbours never sees.
CREATE (c:N {id: 'c', name: 'Centre'}), (h:N {id: 'h', name: 'Hub'}), (c)-[:LINKS {id: 'r-c-h'}]->(h)
WITH h
UNWIND range(1, 30) AS i
CREATE (h)-[:LINKS {id: 'r-h-l' + i}]->(:N {id: 'l' + i, name: 'Leaf ' + i})
WITH DISTINCT h
CREATE (s:N {id: 's', name: 'Star'}), (h)-[:LINKS {id: 'r-h-s'}]->(s)
WITH s
UNWIND range(1, 10) AS i
CREATE (s)-[:LINKS {id: 'r-s-t' + i}]->(:N {id: 't' + i, name: 'Twig ' + i})
