// Four actors: three influence relationships and one alliance, so a write can move one relationship between
// categories without changing how many nodes and relationships the graph has.
CREATE (a:Person {id: 'a', name: 'A'}), (b:Person {id: 'b', name: 'B'}), (c:Person {id: 'c', name: 'C'}), (d:Person {id: 'd', name: 'D'})
CREATE (a)-[:INFLUENCED {id: 'ab', category: 'influence', quote: 'A shaped B.'}]->(b)
CREATE (b)-[:INFLUENCED {id: 'bc', category: 'influence', quote: 'B shaped C.'}]->(c)
CREATE (c)-[:INFLUENCED {id: 'cd', category: 'influence', quote: 'C shaped D.'}]->(d)
CREATE (a)-[:ALLIED_WITH {id: 'ad', category: 'alliance', quote: 'A stood with D.'}]->(d)
