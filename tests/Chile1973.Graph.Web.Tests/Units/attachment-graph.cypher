// A centre whose four neighbours are joined to each other by relationships with lower ids than the ones that
// join them to the centre: the lowest ids of a ring hold none of its attaching edges.
CREATE (c:N {id: 'c', name: 'Centre'}),
       (a1:N {id: 'a1', name: 'One'}),
       (a2:N {id: 'a2', name: 'Two'}),
       (a3:N {id: 'a3', name: 'Three'}),
       (a4:N {id: 'a4', name: 'Four'}),
       (c)-[:LINKS {id: 'z1'}]->(a1),
       (c)-[:LINKS {id: 'z2'}]->(a2),
       (a3)-[:LINKS {id: 'z3'}]->(c),
       (c)-[:LINKS {id: 'z4'}]->(a4),
       (a1)-[:LINKS {id: 'e1'}]->(a2),
       (a2)-[:LINKS {id: 'e2'}]->(a3),
       (a3)-[:LINKS {id: 'e3'}]->(a4),
       (a4)-[:LINKS {id: 'e4'}]->(a1),
       (a1)-[:LINKS {id: 'e5'}]->(a3),
       (a2)-[:LINKS {id: 'e6'}]->(a4)
