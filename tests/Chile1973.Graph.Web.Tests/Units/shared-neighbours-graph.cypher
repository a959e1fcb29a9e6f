// A centre 'c' with four neighbours f1..f4. Each of them knows the same six nodes s1..s6 (four relationships each,
// so they rank first) and one node of its own, u1..u4 (one relationship).
CREATE (c:N {id: 'c', name: 'Centre'})
WITH c
UNWIND range(1, 4) AS i
CREATE (c)-[:LINKS {id: 'r-c-f' + i}]->(f:N {id: 'f' + i, name: 'Frontier ' + i}),
       (f)-[:LINKS {id: 'r-f' + i + '-u'}]->(:N {id: 'u' + i, name: 'Own ' + i})
WITH collect(f) AS frontier
UNWIND range(1, 6) AS j
CREATE (s:N {id: 's' + j, name: 'Shared ' + j})
WITH frontier, s
UNWIND frontier AS f
CREATE (f)-[:LINKS {id: 'r-' + f.id + '-' + s.id}]->(s)
